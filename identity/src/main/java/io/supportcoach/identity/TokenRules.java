package io.supportcoach.identity;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a verified token must also say before anyone acts on it: it was not issued in the future (beyond the
 * allowed clock skew), and its roles are a list. The signature, issuer, audience, expiry and the maximum
 * lifetime ({@code smallrye.jwt.time-to-live}) are checked before this, by the token parser.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    private final Duration clockSkew;

    public TokenRules(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long clockSkewSeconds) {
        this.clockSkew = Duration.ofSeconds(clockSkewSeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            String broken = brokenRule(claimsOf(token.getRawToken()), Instant.now());
            if (broken != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(broken));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** The rule the claims break, or null; the claims as the token carries them, not as a parser read them. */
    String brokenRule(JsonObject claims, Instant now) {
        JsonValue issuedAt = claims.get("iat");
        if (issuedAt == null || issuedAt.getValueType() != JsonValue.ValueType.NUMBER) {
            return "the token has no issue time";
        }
        if (Instant.ofEpochSecond(claims.getJsonNumber("iat").longValue()).isAfter(now.plus(clockSkew))) {
            return "the token was issued in the future";
        }
        JsonValue groups = claims.get("groups");
        if (groups != null && groups.getValueType() != JsonValue.ValueType.ARRAY) {
            return "the token's groups are not a list";
        }
        return null;
    }

    private static JsonObject claimsOf(String rawToken) {
        String payload = rawToken.split("\\.", 3)[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
