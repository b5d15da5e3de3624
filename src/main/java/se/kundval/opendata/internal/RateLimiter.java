package se.kundval.opendata.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} requests per address per window (a fixed window: cheap, and a harvester
 * that keeps under the limit never waits). The counts of a finished window are dropped whole, so
 * memory stays bounded by the addresses seen in one window.
 */
public final class RateLimiter {

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long windowStart;

    public RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.windowStart = clock.millis();
    }

    /** Empty when the request may go ahead; otherwise the seconds until the address may ask again. */
    public OptionalLong tryAcquire(String address) {
        long now = clock.millis();
        if (now - windowStart >= windowMillis) {
            synchronized (this) {
                if (now - windowStart >= windowMillis) {
                    counts.clear();
                    windowStart = now - (now - windowStart) % windowMillis;
                }
            }
        }
        if (counts.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet() <= limit) {
            return OptionalLong.empty();
        }
        long waitMillis = windowStart + windowMillis - now;
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }

    public int limit() {
        return limit;
    }
}
