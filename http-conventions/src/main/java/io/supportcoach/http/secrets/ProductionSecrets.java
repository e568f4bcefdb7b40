package io.supportcoach.http.secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.supportcoach.http.paging.CursorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start in production without what it needs to be safe, each with one line that says what to set:
 * a cursor secret of its own (the development one would let anyone who read this repository forge cursors;
 * {@code ./suite up} makes one per machine, compose sets one) and the keys that verify bearer tokens.
 */
@ApplicationScoped
public class ProductionSecrets {

    static final String DEVELOPMENT_SECRET = "local-cursor-secret-set-CURSOR_SECRET-in-production";
    static final int MINIMUM_LENGTH = 32;

    void checkAtStartup(@Observes StartupEvent started, CursorConfig cursors,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> tokenKeys) {
        boolean production = ConfigUtils.getProfiles().contains("prod");
        String problem = problemWith(production, cursors.secret());
        if (problem == null) {
            problem = problemWithTokenKeys(production, tokenKeys.orElse(null));
        }
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /**
     * The keys that verify bearer tokens: without them every request would fail, one at a time, instead of
     * the service refusing to start. A URL (the identity provider's JWKS) is taken on trust; a file must exist.
     */
    static String problemWithTokenKeys(boolean production, String location) {
        if (!production) {
            return null;
        }
        if (location == null || location.isBlank()) {
            return "JWT_PUBLIC_KEY_LOCATION is not set: name the identity provider's JWKS URL or a PEM public key.";
        }
        if (!location.startsWith("http://") && !location.startsWith("https://") && !location.startsWith("classpath:")
                && !Files.isReadable(Path.of(location.replaceFirst("^file:", "")))) {
            return "JWT_PUBLIC_KEY_LOCATION names " + location + ", which is no readable file: name the identity "
                    + "provider's JWKS URL or a PEM public key.";
        }
        return null;
    }

    /** The one line that says what is wrong, or null when the secret will do. */
    static String problemWith(boolean production, String secret) {
        if (!production) {
            return null;
        }
        if (secret.equals(DEVELOPMENT_SECRET)) {
            return "CURSOR_SECRET is not set: production needs a secret of its own (at least " + MINIMUM_LENGTH
                    + " characters, the same for every replica).";
        }
        if (secret.length() < MINIMUM_LENGTH) {
            return "CURSOR_SECRET is too short: use at least " + MINIMUM_LENGTH + " characters.";
        }
        return null;
    }
}
