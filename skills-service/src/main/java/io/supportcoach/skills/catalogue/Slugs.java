package io.supportcoach.skills.catalogue;

/** The shape of catalogue codes: lower-case words joined by hyphens. */
final class Slugs {

    static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String MESSAGE = "must be lower-case words joined by hyphens, such as active-listening";

    private Slugs() {
    }
}
