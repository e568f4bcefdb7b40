package io.supportcoach.http.paging;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses to start in production with the development cursor secret or a short one: anyone who read this
 * repository could otherwise forge cursors. {@code ./suite up} makes a secret per machine; compose sets one.
 */
@ApplicationScoped
public class ProductionSecrets {

    static final String DEVELOPMENT_SECRET = "local-cursor-secret-set-CURSOR_SECRET-in-production";
    static final int MINIMUM_LENGTH = 32;

    void checkAtStartup(@Observes StartupEvent started, CursorConfig cursors) {
        String problem = problemWith(ConfigUtils.getProfiles().contains("prod"), cursors.secret());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
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
