package se.kundval.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** E-mail leaves only over an encrypted connection unless an operator says otherwise. */
class MailSettingsTest {

    @Test
    void startTlsIsRequiredByDefault() throws IOException {
        Properties settings = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(settings.getProperty("spring.mail.properties.mail.smtp.starttls.enable"))
                .isEqualTo("true");
        assertThat(settings.getProperty("spring.mail.properties.mail.smtp.starttls.required"))
                .isEqualTo("${KUNDVAL_MAIL_REQUIRE_STARTTLS:true}");
    }
}
