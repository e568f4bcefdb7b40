package io.supportcoach.http.validation;

/**
 * The shape of catalogue codes, wherever a service accepts one: lower-case words joined by hyphens, and never
 * the shape of a UUID, since paths that take a code also take an id and would read such a code as one.
 */
public final class Slugs {

    public static final String PATTERN =
            "^(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case words joined by hyphens, such as active-listening, "
            + "and not shaped like a UUID";

    private Slugs() {
    }
}
