package io.supportcoach.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens whose signature and claims were verified a moment ago, by their exact text, so that the same bearer
 * token sent again is not verified again: an RSA check is about a quarter of the CPU of a simple read. A token is
 * remembered until its expiry or for {@code maxAge}, whichever comes first, so a key withdrawn from the identity
 * provider stops working within {@code maxAge}; the least recently used token gives way beyond {@code capacity}.
 * Only verified tokens are kept: a token that fails is verified again every time it comes.
 */
final class VerifiedTokens {

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final int capacity;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Verified> byText;

    VerifiedTokens(int capacity, Duration maxAge, Clock clock) {
        this.capacity = capacity;
        this.maxAge = maxAge;
        this.clock = clock;
        this.byText = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > VerifiedTokens.this.capacity;
            }
        };
    }

    /** The token verified from exactly this text and still good now, or null. */
    synchronized JsonWebToken find(String text) {
        Verified verified = byText.get(text);
        if (verified == null) {
            return null;
        }
        if (!clock.instant().isBefore(verified.until())) {
            byText.remove(text);
            return null;
        }
        return verified.token();
    }

    synchronized void remember(String text, JsonWebToken token) {
        if (capacity == 0) {
            return;
        }
        Instant until = clock.instant().plus(maxAge);
        Instant expiry = Instant.ofEpochSecond(token.getExpirationTime());
        byText.put(text, new Verified(token, expiry.isBefore(until) ? expiry : until));
    }

    synchronized int size() {
        return byText.size();
    }
}
