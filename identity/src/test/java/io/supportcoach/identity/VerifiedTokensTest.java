package io.supportcoach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = NOW;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static JsonWebToken expiringAt(Instant expiry) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "e-1";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(expiry.getEpochSecond()) : null;
            }
        };
    }

    @Test
    void aTokenIsRememberedUntilItExpires() {
        HandClock clock = new HandClock();
        VerifiedTokens tokens = new VerifiedTokens(10, Duration.ofMinutes(5), clock);
        JsonWebToken token = expiringAt(NOW.plusSeconds(60));
        tokens.remember("a.b.c", token);

        clock.advance(Duration.ofSeconds(59));
        assertThat(tokens.find("a.b.c")).isSameAs(token);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.find("a.b.c")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aLongLivedTokenIsRememberedForTheMaximumAgeOnly() {
        HandClock clock = new HandClock();
        VerifiedTokens tokens = new VerifiedTokens(10, Duration.ofMinutes(5), clock);
        tokens.remember("a.b.c", expiringAt(NOW.plus(Duration.ofHours(12))));

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(tokens.find("a.b.c")).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.find("a.b.c")).isNull();
    }

    @Test
    void onlyTheExactTextFindsAToken() {
        VerifiedTokens tokens = new VerifiedTokens(10, Duration.ofMinutes(5), new HandClock());
        tokens.remember("a.b.c", expiringAt(NOW.plusSeconds(60)));

        assertThat(tokens.find("a.b.d")).isNull();
        assertThat(tokens.find("a.b.c ")).isNull();
    }

    @Test
    void theLeastRecentlyUsedTokenGivesWayBeyondTheCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(2, Duration.ofMinutes(5), new HandClock());
        tokens.remember("first", expiringAt(NOW.plusSeconds(60)));
        tokens.remember("second", expiringAt(NOW.plusSeconds(60)));
        assertThat(tokens.find("first")).isNotNull();

        tokens.remember("third", expiringAt(NOW.plusSeconds(60)));

        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.find("second")).isNull();
        assertThat(tokens.find("first")).isNotNull();
        assertThat(tokens.find("third")).isNotNull();
    }

    @Test
    void aCapacityOfZeroRemembersNothing() {
        VerifiedTokens tokens = new VerifiedTokens(0, Duration.ofMinutes(5), new HandClock());
        tokens.remember("a.b.c", expiringAt(NOW.plusSeconds(60)));

        assertThat(tokens.find("a.b.c")).isNull();
    }
}
