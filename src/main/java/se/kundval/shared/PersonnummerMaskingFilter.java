package se.kundval.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * No log line ever carries a personnummer, whoever writes it: our code, a library, or a database
 * error quoting a duplicate key. Before any appender, it looks at each event that would be logged (the formatted message and every exception message in
 * the cause chain) and, if anything looks like a personnummer (YYYYMMDD-NNNN, YYMMDD-NNNN, with
 * "-" or "+", or twelve digits in a row), logs a copy with those replaced by {@value #MASK}
 * instead. Events without one pass unchanged, at no cost beyond the check.
 *
 * <p>Installed into Logback by {@link Installer} (listed in {@code META-INF/spring.factories}) right
 * after Spring Boot has set logging up, before the application context starts, so start-up errors
 * are masked too and Boot's own configuration, including its structured formats, stays as it is.
 */
public class PersonnummerMaskingFilter extends TurboFilter {

    /** Adds the filter whenever Boot has (re)initialised Logback for an application. */
    public static final class Installer implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            Class<?> type = eventType.getRawClass();
            return type != null
                    && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                            || ApplicationStartedEvent.class.isAssignableFrom(type));
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            install();
        }

        @Override
        public int getOrder() {
            // Just after Boot's LoggingApplicationListener, which resets Logback.
            return LoggingApplicationListener.DEFAULT_ORDER + 1;
        }
    }

    /** Adds the filter to Logback unless it is there already. */
    public static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(PersonnummerMaskingFilter.class::isInstance)) {
            PersonnummerMaskingFilter filter = new PersonnummerMaskingFilter();
            filter.setName("personnummer-masking");
            filter.setContext(context);
            filter.start();
            // First, so no other filter sees (or lets through) an unmasked event before it.
            context.getTurboFilterList().add(0, filter);
        }
    }

    public static final String MASK = "[personnummer]";

    private static final Pattern PERSONNUMMER =
            Pattern.compile("(?<![0-9])(?:[0-9]{12}|(?:[0-9]{2})?[0-9]{6}[-+][0-9]{4})(?![0-9])");

    private static final String FQCN = Logger.class.getName();

    /** Replaces whatever looks like a personnummer; null stays null. */
    public static String mask(String text) {
        return text == null ? null : PERSONNUMMER.matcher(text).replaceAll(MASK);
    }

    static boolean containsPersonnummer(String text) {
        return text != null && PERSONNUMMER.matcher(text).find();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // The logger's own isEnabledFor would call this filter again; the level is compared directly.
        if (level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        Object[] args = params;
        if (thrown == null
                && params != null
                && params.length > 0
                && params[params.length - 1] instanceof Throwable last) {
            // SLF4J's convention: a throwable as the last argument is the event's exception.
            thrown = last;
            args = MessageFormatter.trimmedCopy(params);
        }
        String message = args == null || args.length == 0
                ? format
                : MessageFormatter.arrayFormat(format, args).getMessage();
        if (!containsPersonnummer(message) && !throwableContainsPersonnummer(thrown)) {
            return FilterReply.NEUTRAL;
        }
        LoggingEvent masked = new LoggingEvent(FQCN, logger, level, mask(message), null, null);
        if (marker != null) {
            masked.addMarker(marker);
        }
        if (thrown != null) {
            masked.setThrowableProxy(new MaskedThrowableProxy(thrown));
        }
        // Straight to the appenders: turbo filters (this one) are not asked again.
        logger.callAppenders(masked);
        return FilterReply.DENY;
    }

    private static boolean throwableContainsPersonnummer(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>();
        if (t != null) {
            todo.add(t);
        }
        while (!todo.isEmpty()) {
            Throwable next = todo.removeLast();
            if (!seen.add(next)) {
                continue;
            }
            if (containsPersonnummer(next.getMessage()) || containsPersonnummer(next.toString())) {
                return true;
            }
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            todo.addAll(List.of(next.getSuppressed()));
        }
        return false;
    }

    /** A copy of an exception (and its causes) with the messages masked and the same stack traces. */
    static final class MaskedThrowable extends Throwable {

        private final String originalClass;

        private MaskedThrowable(Throwable original, Map<Throwable, MaskedThrowable> copies) {
            super(mask(original.getMessage()));
            copies.put(original, this);
            this.originalClass = original.getClass().getName();
            setStackTrace(original.getStackTrace());
            Throwable cause = original.getCause();
            if (cause != null) {
                initCause(copies.containsKey(cause) ? copies.get(cause) : new MaskedThrowable(cause, copies));
            }
            for (Throwable suppressed : original.getSuppressed()) {
                addSuppressed(
                        copies.containsKey(suppressed)
                                ? copies.get(suppressed)
                                : new MaskedThrowable(suppressed, copies));
            }
        }

        static MaskedThrowable of(Throwable original) {
            return new MaskedThrowable(original, new IdentityHashMap<>());
        }

        String originalClass() {
            return originalClass;
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? originalClass : originalClass + ": " + message;
        }
    }

    /** The masked copy as logback prints it: under the original exceptions' class names. */
    static final class MaskedThrowableProxy extends ThrowableProxy {

        MaskedThrowableProxy(Throwable original) {
            super(MaskedThrowable.of(original));
        }

        @Override
        public String getClassName() {
            return ((MaskedThrowable) getThrowable()).originalClass();
        }

        @Override
        public String getOverridingMessage() {
            return null;
        }

        @Override
        public IThrowableProxy getCause() {
            return renamed(super.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = super.getSuppressed();
            IThrowableProxy[] renamed = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                renamed[i] = renamed(suppressed[i]);
            }
            return renamed;
        }

        private static IThrowableProxy renamed(IThrowableProxy proxy) {
            return proxy == null ? null : new Renamed(proxy);
        }
    }

    /** A cause's proxy, shown under the original exception's class name. */
    private record Renamed(IThrowableProxy delegate) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return delegate.getMessage();
        }

        @Override
        public String getOverridingMessage() {
            return null;
        }

        @Override
        public String getClassName() {
            return delegate instanceof ThrowableProxy p && p.getThrowable() instanceof MaskedThrowable m
                    ? m.originalClass()
                    : delegate.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return delegate.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return delegate.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return delegate.getCause() == null ? null : new Renamed(delegate.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = delegate.getSuppressed();
            IThrowableProxy[] renamed = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                renamed[i] = new Renamed(suppressed[i]);
            }
            return renamed;
        }

        @Override
        public boolean isCyclic() {
            return delegate.isCyclic();
        }
    }
}
