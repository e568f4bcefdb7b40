package io.supportcoach.http.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.supportcoach.persistence.outbox.Backoff;
import org.junit.jupiter.api.Test;

/** Waits double per failed attempt, stay under the cap, and are spread by the jitter. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void doublesPerAttemptWithinHalfAndAllOfTheStep() {
        assertThat(backoff.delay(1, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delay(1, 0.999)).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1));
        assertThat(backoff.delay(3, 0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(3, 0.999)).isBetween(Duration.ofMillis(3990), Duration.ofSeconds(4));
    }

    @Test
    void neverExceedsTheCapHoweverManyAttempts() {
        assertThat(backoff.delay(9, 0.999)).isBetween(Duration.ofSeconds(150), Duration.ofMinutes(5));
        assertThat(backoff.delay(1_000, 0)).isEqualTo(Duration.ofSeconds(150));
        assertThat(backoff.delay(1_000, 0.999)).isBetween(Duration.ofSeconds(150), Duration.ofMinutes(5));
    }
}
