package io.supportcoach.http.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A token bucket per caller and limit name, in the memory of this process: a bucket holds {@code requests}
 * tokens and gets one back every {@code per / requests}. Each replica counts its own callers, which is enough to
 * keep one caller from hogging the expensive operations.
 */
@ApplicationScoped
public class RateLimits {

    /** How often full buckets are dropped; a full bucket says no more than a missing one. */
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private record Key(String name, String callerId) {
    }

    private final RateLimitConfig config;
    private final InstantSource clock;
    /**
     * The only state of a bucket is when it will be full again: each request taken moves that one interval
     * later, and a request is refused when it would move it more than {@code per} ahead of now. Values are
     * immutable, so a sweep can drop a bucket only if no request changed it meanwhile.
     */
    private final ConcurrentHashMap<Key, Instant> fullAt = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextSweep;

    @Inject
    public RateLimits(RateLimitConfig config) {
        this(config, InstantSource.system());
    }

    RateLimits(RateLimitConfig config, InstantSource clock) {
        this.config = config;
        this.clock = clock;
        this.nextSweep = new AtomicReference<>(clock.instant().plus(SWEEP_INTERVAL));
    }

    /**
     * Takes a token from the caller's bucket for this name. Empty when the request may go ahead; otherwise how
     * long until the next token, and nothing was taken.
     */
    public Optional<Duration> acquire(String name, String callerId) {
        Instant now = clock.instant();
        sweepFullBuckets(now);
        RateLimitConfig.Limit limit = config.limits().get(name);
        Duration interval = limit.per().dividedBy(limit.requests());
        var wait = new AtomicReference<Duration>();
        fullAt.compute(new Key(name, callerId), (key, full) -> {
            Instant taken = (full == null || full.isBefore(now) ? now : full).plus(interval);
            Duration ahead = Duration.between(now, taken);
            if (ahead.compareTo(limit.per()) > 0) {
                wait.set(ahead.minus(limit.per()));
                return full;
            }
            return taken;
        });
        return Optional.ofNullable(wait.get());
    }

    int bucketCount() {
        return fullAt.size();
    }

    /** At most once per interval, and by one request only; the others go straight on. */
    private void sweepFullBuckets(Instant now) {
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_INTERVAL))) {
            return;
        }
        fullAt.forEach((key, full) -> {
            if (!full.isAfter(now)) {
                fullAt.remove(key, full);
            }
        });
    }
}
