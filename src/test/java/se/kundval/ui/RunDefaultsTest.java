package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** What the README's run command shows and logs, unless an operator or developer switches it. */
class RunDefaultsTest {

    private final Properties settings;

    RunDefaultsTest() throws IOException {
        settings = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
    }

    @Test
    void developerToolsAreOffUnlessSwitchedOn() {
        assertThat(settings.getProperty("vaadin.devmode.devTools.enabled")).isEqualTo("${KUNDVAL_DEV_TOOLS:false}");
    }

    @Test
    void logLinesCarryTheRequestsCorrelationId() {
        assertThat(settings.getProperty("logging.pattern.correlation")).contains("%X{correlationId");
    }
}
