package se.kundval;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kundval: the municipality's portal where residents choose who delivers their care and support.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kundval.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class KundvalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KundvalApplication.class, args);
    }

    /** The one clock everything reads, so tests can fix the date. */
    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/Stockholm"));
    }
}
