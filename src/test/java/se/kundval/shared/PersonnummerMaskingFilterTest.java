package se.kundval.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever is logged, in whatever form a personnummer appears (with or without century, "-" or
 * "+", twelve digits in a row) and wherever (the message, its arguments, an exception's message,
 * its causes, suppressed ones), the log line shows only {@value PersonnummerMaskingFilter#MASK}.
 */
class PersonnummerMaskingFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger log;

    @BeforeEach
    void setUp() {
        PersonnummerMaskingFilter filter = new PersonnummerMaskingFilter();
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
        appender.setContext(context);
        appender.start();
        log = context.getLogger("test");
        log.addAppender(appender);
    }

    @Test
    void everyFormInTheMessageAndItsArgumentsIsMasked() {
        log.info("Looked up 194003121243 and {} and {}", "19400312-1243", "400312+1243");
        log.warn("Short form 400312-1243 in text");

        assertThat(appender.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "Looked up [personnummer] and [personnummer] and [personnummer]",
                        "Short form [personnummer] in text");
    }

    @Test
    void exceptionMessagesCausesAndSuppressedAreMaskedUnderTheirOwnClassNames() {
        SQLIntegrityConstraintViolationException cause = new SQLIntegrityConstraintViolationException(
                "(conn=4) Duplicate entry '194003121243' for key 'uk_resident_personnummer'");
        IllegalStateException thrown = new IllegalStateException("could not insert 19400312-1243", cause);
        thrown.addSuppressed(new RuntimeException("also 400312-1243"));

        log.error("Insert failed", thrown);
        log.error("Insert failed for {}", "x", thrown);

        assertThat(appender.list).hasSize(2);
        for (ILoggingEvent event : appender.list) {
            String printed = ThrowableProxyUtil.asString(event.getThrowableProxy());
            assertThat(printed)
                    .doesNotContain("194003121243")
                    .doesNotContain("19400312-1243")
                    .doesNotContain("400312-1243")
                    .contains("java.lang.IllegalStateException: could not insert [personnummer]")
                    .contains("java.sql.SQLIntegrityConstraintViolationException: (conn=4) Duplicate entry"
                            + " '[personnummer]'")
                    .contains("java.lang.RuntimeException: also [personnummer]")
                    .contains("PersonnummerMaskingFilterTest");
            IThrowableProxy causeProxy = event.getThrowableProxy().getCause();
            assertThat(causeProxy.getClassName()).isEqualTo(SQLIntegrityConstraintViolationException.class.getName());
        }
        assertThat(appender.list.get(1).getFormattedMessage()).isEqualTo("Insert failed for x");
    }

    @Test
    void otherNumbersAndEventsBelowTheLevelAreLeftAlone() {
        log.setLevel(ch.qos.logback.classic.Level.INFO);
        log.info("Order 12345, took 1764574800123 ms, id 1234567890");
        log.debug("not logged 194003121243");

        assertThat(appender.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Order 12345, took 1764574800123 ms, id 1234567890");
    }
}
