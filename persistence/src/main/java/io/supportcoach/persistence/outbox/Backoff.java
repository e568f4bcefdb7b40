package io.supportcoach.persistence.outbox;

import java.time.Duration;

/** Exponential backoff with jitter: attempt n waits between half and all of min(max, base * 2^(n-1)). */
public record Backoff(Duration base, Duration max) {

    /** Doublings beyond this exceed any sensible cap, and stopping here keeps the arithmetic in range. */
    private static final int MAX_DOUBLINGS = 30;

    /**
     * The wait after the given number of failed attempts; {@code random} in [0, 1) spreads the waits of
     * messages that failed together, so they do not all come back at the same moment.
     */
    public Duration delay(int failedAttempts, double random) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), MAX_DOUBLINGS);
        Duration ceiling = base.multipliedBy(1L << doublings);
        if (ceiling.compareTo(max) > 0) {
            ceiling = max;
        }
        long half = ceiling.toMillis() / 2;
        return Duration.ofMillis(ceiling.toMillis() - half + (long) (random * half));
    }
}
