package se.kundval.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Forms anyone may send without logging in (report an error in a listing, accessibility feedback)
 * are limited per browser session and per client address within a sliding window, so a script
 * cannot fill the officers' queues or the database. A refused send is an ordinary form problem
 * ({@value #THROTTLED}), shown kindly next to the message field; nothing is stored. Only requests
 * from clients count: a call without an HTTP request (a job, a test) is not throttled.
 */
@Component
public class AnonymousFormThrottle {

    public static final String THROTTLED = "form.throttled";

    /** Beyond this many tracked senders the oldest windows are dropped (memory stays bounded). */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> sent = new HashMap<>();
    private final Clock clock;
    private final int perSession;
    private final int perAddress;
    private final Duration window;

    public AnonymousFormThrottle(
            Clock clock,
            @Value("${kundval.forms.anonymous.per-session:5}") int perSession,
            @Value("${kundval.forms.anonymous.per-address:20}") int perAddress,
            @Value("${kundval.forms.anonymous.window:10m}") Duration window) {
        this.clock = clock;
        this.perSession = perSession;
        this.perAddress = perAddress;
        this.window = window;
    }

    /**
     * Counts one send of the current request's session and address.
     *
     * @param field the form's field that shows the message when refused
     * @throws InvalidInputException when the session or the address has sent too many lately
     */
    public void check(String field) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        HttpSession session = request.getSession(false);
        Instant now = clock.instant();
        synchronized (this) {
            if (sent.size() > MAX_TRACKED) {
                sent.entrySet().removeIf(e -> isOld(e.getValue(), now));
            }
        }
        String sessionKey = session == null ? null : "session:" + session.getId();
        String addressKey = "address:" + request.getRemoteAddr();
        // A refused send counts for neither, so a person who waits is let through again.
        synchronized (this) {
            boolean allowed = (sessionKey == null || hasRoom(sessionKey, perSession, now))
                    && hasRoom(addressKey, perAddress, now);
            if (!allowed) {
                throw new InvalidInputException(Map.of(field, THROTTLED));
            }
            if (sessionKey != null) {
                sent.get(sessionKey).addLast(now);
            }
            sent.get(addressKey).addLast(now);
        }
    }

    /** Forgets the key's sends older than the window; whether another one fits. */
    private boolean hasRoom(String key, int limit, Instant now) {
        Deque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.removeFirst();
        }
        return times.size() < limit;
    }

    private boolean isOld(Deque<Instant> times, Instant now) {
        return times.isEmpty() || !times.peekLast().isAfter(now.minus(window));
    }
}
