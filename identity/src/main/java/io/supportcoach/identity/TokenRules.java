package io.supportcoach.identity;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a verified token must also say before anyone acts on it: it was not issued in the future (beyond the
 * allowed clock skew), its roles are a list, and a token signed with a service's own key (key id
 * {@code service:<name>}) carries the single role {@code service} and that service's name as its subject, so a
 * service's key can never stand in for a person. The signature, issuer, audience, expiry and the maximum
 * lifetime ({@code smallrye.jwt.time-to-live}) are checked before this, by the token parser.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    /** The key id prefix of the keys that sign service tokens; what follows it is the service's name. */
    public static final String SERVICE_KEY_PREFIX = "service:";

    /** Looked up once: {@code Json.createReader} searches the class path for a provider on every call. */
    private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(Map.of());

    private final Duration clockSkew;

    public TokenRules(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long clockSkewSeconds) {
        this.clockSkew = Duration.ofSeconds(clockSkewSeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            String[] parts = token.getRawToken().split("\\.", 3);
            String broken = brokenRule(json(parts[0]), json(parts[1]), Instant.now());
            if (broken != null) {
                return Uni.createFrom().failure(new AuthenticationFailedException(broken));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** The rule the token breaks, or null; header and claims as the token carries them, not as a parser read them. */
    String brokenRule(JsonObject header, JsonObject claims, Instant now) {
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
        if (header.get("kid") instanceof JsonString keyId && keyId.getString().startsWith(SERVICE_KEY_PREFIX)) {
            return brokenServiceRule(keyId.getString().substring(SERVICE_KEY_PREFIX.length()), claims);
        }
        return null;
    }

    private static String brokenServiceRule(String service, JsonObject claims) {
        JsonValue groups = claims.get("groups");
        if (!(groups instanceof JsonArray roles) || roles.size() != 1
                || !(roles.get(0) instanceof JsonString role) || !Roles.SERVICE.equals(role.getString())) {
            return "a service's key signs only tokens with the single role " + Roles.SERVICE;
        }
        for (String subjectClaim : new String[] { "sub", "upn" }) {
            JsonValue subject = claims.get(subjectClaim);
            if (subject != null && !(subject instanceof JsonString name && service.equals(name.getString()))) {
                return "the key of " + service + " signs only tokens of " + service;
            }
        }
        return claims.containsKey("sub") ? null : "the token has no subject";
    }

    private static JsonObject json(String base64Url) {
        String json = new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
        try (var reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
