package io.supportcoach.http.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

/** The token buckets, on a clock the test moves: exact counts, refills, and what the configuration says. */
class RateLimitsTest {

    /** A clock that stands still until the test moves it. */
    private static final class TestClock implements InstantSource {

        private Instant now = Instant.parse("2026-11-20T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final TestClock clock = new TestClock();

    private static RateLimitConfig config(Map<String, String> properties, Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .withMapping(RateLimitConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withSources(new EnvConfigSource(environment, 300))
                .build()
                .getConfigMapping(RateLimitConfig.class);
    }

    private RateLimits limits(int requests, Duration per) {
        return new RateLimits(config(Map.of("suite.rate-limits.import.requests", Integer.toString(requests),
                "suite.rate-limits.import.per", per.toString()), Map.of()), clock);
    }

    @Test
    void allowsExactlyTheLimitThenSaysHowLongToWait() {
        var limits = limits(3, Duration.ofMinutes(1));

        assertThat(IntStream.range(0, 3).mapToObj(i -> limits.acquire("import", "e-1"))).allMatch(Optional::isEmpty);
        assertThat(limits.acquire("import", "e-1")).contains(Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(15));
        assertThat(limits.acquire("import", "e-1")).contains(Duration.ofSeconds(5));
    }

    @Test
    void refillsOneTokenPerIntervalAndAllOfThemAfterTheWindow() {
        var limits = limits(3, Duration.ofMinutes(1));
        IntStream.range(0, 3).forEach(i -> limits.acquire("import", "e-1"));

        clock.advance(Duration.ofSeconds(20));
        assertThat(limits.acquire("import", "e-1")).isEmpty();
        assertThat(limits.acquire("import", "e-1")).isPresent();

        clock.advance(Duration.ofMinutes(1));
        assertThat(IntStream.range(0, 3).mapToObj(i -> limits.acquire("import", "e-1"))).allMatch(Optional::isEmpty);
        assertThat(limits.acquire("import", "e-1")).isPresent();
    }

    @Test
    void aRefusedRequestTakesNothing() {
        var limits = limits(1, Duration.ofMinutes(1));
        limits.acquire("import", "e-1");
        IntStream.range(0, 5).forEach(i -> limits.acquire("import", "e-1"));

        clock.advance(Duration.ofMinutes(1));
        assertThat(limits.acquire("import", "e-1")).isEmpty();
    }

    @Test
    void eachCallerAndNameHasABucketOfItsOwn() {
        var limits = limits(1, Duration.ofMinutes(1));

        assertThat(limits.acquire("import", "e-1")).isEmpty();
        assertThat(limits.acquire("import", "e-1")).isPresent();
        assertThat(limits.acquire("import", "e-2")).isEmpty();
        assertThat(limits.acquire("unconfigured", "e-1")).isEmpty();
    }

    @Test
    void fullBucketsAreDroppedSoIdleCallersAreForgotten() {
        var limits = limits(2, Duration.ofMinutes(10));
        limits.acquire("import", "e-idle");
        limits.acquire("import", "e-busy");
        limits.acquire("import", "e-busy");
        assertThat(limits.bucketCount()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(6));
        limits.acquire("import", "e-new");

        assertThat(limits.bucketCount()).as("e-idle's bucket is full again and dropped").isEqualTo(2);
        assertThat(limits.acquire("import", "e-busy")).as("one token is back after five minutes").isEmpty();
        assertThat(limits.acquire("import", "e-busy")).as("e-busy's bucket was kept").isPresent();
    }

    @Test
    void concurrentRequestsGetExactlyTheLimit() throws Exception {
        var limits = limits(50, Duration.ofHours(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<Boolean> request = () -> limits.acquire("import", "e-1").isEmpty();
            long allowed = 0;
            for (Future<Boolean> answer : pool.invokeAll(IntStream.range(0, 400).mapToObj(i -> request).toList())) {
                allowed += answer.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNameWithoutConfigurationGetsThirtyAMinute() {
        var limit = config(Map.of(), Map.of()).limits().get("anything");

        assertThat(limit.requests()).isEqualTo(30);
        assertThat(limit.per()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void anEnvironmentVariableOverridesAConfiguredLimit() {
        var config = config(Map.of("suite.rate-limits.csv-import.requests", "10", "suite.rate-limits.csv-import.per", "PT1M"),
                Map.of("SUITE_RATE_LIMITS_CSV_IMPORT_REQUESTS", "4", "SUITE_RATE_LIMITS_CSV_IMPORT_PER", "PT2M"));

        assertThat(config.limits().get("csv-import").requests()).isEqualTo(4);
        assertThat(config.limits().get("csv-import").per()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(RateLimitInterceptor.retryAfterSeconds(Duration.ofSeconds(20))).isEqualTo(20);
        assertThat(RateLimitInterceptor.retryAfterSeconds(Duration.ofMillis(20_001))).isEqualTo(21);
        assertThat(RateLimitInterceptor.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
    }
}
