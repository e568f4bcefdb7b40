package io.supportcoach.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer token this service sends when it calls another on nobody's behalf: role {@code service}, subject the
 * service's name. Kept until a minute before it expires, so a busy relay does not mint one per call.
 *
 * <p>Locally the token is signed with this service's own key, which callees trust for that role and subject only
 * ({@link TokenRules}); in production it comes from the identity provider by client credentials.
 */
@ApplicationScoped
public class ServiceTokens {

    /** Where service tokens come from; see {@code suite.service-token.source}. */
    public enum Source {
        LOCAL,
        OIDC_CLIENT
    }

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    private static final Duration IDENTITY_PROVIDER_WAIT = Duration.ofSeconds(5);

    private final Source source;
    private final String serviceName;
    private final String issuer;
    private final String audience;
    private final String keyLocation;
    private final Duration lifetime;
    private final Instance<OidcClient> identityProvider;

    private Issued current;

    public ServiceTokens(@ConfigProperty(name = "suite.service-token.source") String source,
            @ConfigProperty(name = "quarkus.application.name") String serviceName,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") String audience,
            @ConfigProperty(name = "suite.service-token.key-location") String keyLocation,
            @ConfigProperty(name = "suite.service-token.lifetime") Duration lifetime,
            Instance<OidcClient> identityProvider) {
        this.source = Source.valueOf(source.trim().toUpperCase().replace('-', '_'));
        this.serviceName = serviceName;
        this.issuer = issuer;
        this.audience = audience.split(",")[0].trim();
        this.keyLocation = keyLocation;
        this.lifetime = lifetime;
        this.identityProvider = identityProvider;
    }

    /** A valid token, renewed when the one held is about to expire. */
    public synchronized String bearer() {
        Instant now = Instant.now();
        if (current == null || !now.isBefore(current.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            current = source == Source.LOCAL ? signLocally(now) : fromIdentityProvider(now);
        }
        return current.token();
    }

    /** Forgets the token held, after a callee refused it (a rotated key, a revoked client). */
    public synchronized void discard() {
        current = null;
    }

    private Issued signLocally(Instant now) {
        Instant expiresAt = now.plus(lifetime);
        String token = Jwt.issuer(issuer).audience(audience).subject(serviceName).upn(serviceName)
                .groups(Roles.SERVICE).issuedAt(now).expiresAt(expiresAt)
                .jws().keyId(TokenRules.SERVICE_KEY_PREFIX + serviceName).sign(privateKey());
        return new Issued(token, expiresAt);
    }

    /** A PEM file (what ./suite up makes) or, in tests, a resource on the class path. */
    private PrivateKey privateKey() {
        try {
            Path file = Path.of(keyLocation.replaceFirst("^file:", ""));
            return Files.isReadable(file) ? KeyUtils.decodePrivateKey(Files.readString(file))
                    : KeyUtils.readPrivateKey(keyLocation.replaceFirst("^classpath:", ""));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read this service's token key at " + keyLocation
                    + " (suite.service-token.key-location; ./suite up creates it)", e);
        }
    }

    private Issued fromIdentityProvider(Instant now) {
        Tokens tokens = identityProvider.get().getTokens().await().atMost(IDENTITY_PROVIDER_WAIT);
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return new Issued(tokens.getAccessToken(),
                expiresAt != null ? Instant.ofEpochSecond(expiresAt) : now.plus(RENEW_BEFORE_EXPIRY.multipliedBy(2)));
    }

    private record Issued(String token, Instant expiresAt) {
    }
}
