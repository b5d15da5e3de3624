package se.kundval.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A visitor who closes the tab or loses the network while a page is sent is not an error of the
 * portal. Vaadin and Tomcat log that as an ERROR with a stack trace (thousands of lines under load),
 * which buries real faults; this filter drops such events unless DEBUG is on for their logger.
 * Installed into Logback when the application starts (Boot's own logging set-up, including the
 * structured formats, stays as it is).
 */
@Component
public class ClientAbortLogFilter extends TurboFilter {

    /** Installs this filter once (Boot resets Logback when a new application context starts). */
    @EventListener(ApplicationStartedEvent.class)
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(ClientAbortLogFilter.class::isInstance)) {
            setName("client-abort");
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t == null || level == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        return isClientAbort(t) && !logger.isDebugEnabled() ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    /** Whether the cause is the client going away (Tomcat's ClientAbortException, a broken pipe, a reset). */
    static boolean isClientAbort(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String type = c.getClass().getSimpleName();
            String message = String.valueOf(c.getMessage());
            if (type.equals("ClientAbortException")
                    || type.equals("EofException")
                    || message.contains("Broken pipe")
                    || message.contains("Connection reset by peer")) {
                return true;
            }
        }
        return false;
    }
}
