package io.supportcoach.http.validation;

import java.util.Optional;
import java.util.UUID;

/** Tells ids from codes where an API accepts either ("idOrCode"). */
public final class Ids {

    private Ids() {
    }

    /** The UUID a value spells in its canonical 36-character form, or empty for anything else, such as a code. */
    public static Optional<UUID> parseUuid(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
