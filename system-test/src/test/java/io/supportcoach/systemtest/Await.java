package io.supportcoach.systemtest;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling with a deadline: the condition is asked again every poll interval until it holds or time is up. */
final class Await {

    private static final Duration POLL = Duration.ofMillis(250);

    private Await() {
    }

    /**
     * Waits until {@code condition} holds. {@code giveUp} is asked first on every round: a non-null answer (a
     * process that exited, say) ends the wait at once with that reason instead of running into the deadline.
     *
     * @return how long it took
     */
    static Duration until(String what, Duration timeout, BooleanSupplier condition, ReasonToGiveUp giveUp) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (true) {
            String reason = giveUp.reason();
            if (reason != null) {
                throw new IllegalStateException(what + ": " + reason);
            }
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (System.nanoTime() >= deadline) {
                throw new IllegalStateException(what + ": not within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + ": interrupted", e);
            }
        }
    }

    @FunctionalInterface
    interface ReasonToGiveUp {
        /** Why waiting is pointless now, or null to go on. */
        String reason();
    }
}
