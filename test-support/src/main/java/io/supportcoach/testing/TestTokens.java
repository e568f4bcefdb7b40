package io.supportcoach.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signed bearer tokens for tests, made the way the identity provider makes them. Tests never turn
 * security off: a request without a valid token is refused in tests exactly as in production.
 */
public final class TestTokens {

    public static final String ISSUER = "coaching-suite-dev";
    public static final String AUDIENCE = "coaching-suite";
    /** The key id of the person key, as {@code ./suite token} names it. */
    public static final String PERSON_KEY_ID = "suite-local";

    private String subject = "e-test";
    private Set<String> roles = Set.of();
    private Set<String> manages = Set.of();
    private String issuer = ISSUER;
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
    private Instant issuedAt = Instant.now().minus(Duration.ofMinutes(5));
    private boolean groupsAsText;
    private PrivateKey signingKey;
    private String keyId = PERSON_KEY_ID;

    private TestTokens() {
    }

    public static TestTokens as(String subject, String... roles) {
        var tokens = new TestTokens();
        tokens.subject = subject;
        tokens.roles = new HashSet<>(Arrays.asList(roles));
        return tokens;
    }

    public static String hrAdmin() {
        return as("e-hr", "hr-admin").sign();
    }

    public static String employee(String employeeId) {
        return as(employeeId, "employee").sign();
    }

    /** The token a service of the suite sends on nobody's behalf, signed with its own key. */
    public static String service(String serviceName) {
        return as(serviceName, "service").signedWithKeyOf(serviceName).sign();
    }

    /** Signs with the key of the service, named by its key id, as that service's own tokens are. */
    public TestTokens signedWithKeyOf(String serviceName) {
        this.signingKey = readKey("test-keys/services/" + serviceName + ".pem");
        this.keyId = "service:" + serviceName;
        return this;
    }

    /** Names no key, so the services must find the key that verifies the signature by themselves. */
    public TestTokens withoutKeyId() {
        this.keyId = null;
        return this;
    }

    public TestTokens managing(String... teams) {
        this.manages = new HashSet<>(Arrays.asList(teams));
        return this;
    }

    public TestTokens issuedBy(String otherIssuer) {
        this.issuer = otherIssuer;
        return this;
    }

    public TestTokens expired() {
        this.issuedAt = Instant.now().minus(Duration.ofHours(2));
        this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
        return this;
    }

    /** Issued at {@code issuedAt}, valid for {@code lifetime} from then. */
    public TestTokens issued(Instant issuedAt, Duration lifetime) {
        this.issuedAt = issuedAt;
        this.expiresAt = issuedAt.plus(lifetime);
        return this;
    }

    /** Carries the roles as one space-separated string, as some identity providers are configured to. */
    public TestTokens groupsAsText() {
        this.groupsAsText = true;
        return this;
    }

    /** Signs with a key the services do not trust. */
    public TestTokens signedByStranger() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.signingKey = generator.generateKeyPair().getPrivate();
            return this;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sign() {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (groupsAsText) {
            claims.claim("groups", String.join(" ", roles));
        } else {
            claims.groups(roles);
        }
        if (!manages.isEmpty()) {
            claims.claim("manages", manages);
        }
        var signature = claims.jws();
        if (keyId != null) {
            signature.keyId(keyId);
        }
        return signature.sign(signingKey != null ? signingKey : readKey("test-keys/private.pem"));
    }

    private static PrivateKey readKey(String location) {
        try {
            return KeyUtils.readPrivateKey(location);
        } catch (Exception e) {
            throw new IllegalStateException(location + " is missing from the test classpath", e);
        }
    }
}
