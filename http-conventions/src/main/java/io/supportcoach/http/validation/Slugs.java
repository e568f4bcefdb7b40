package io.supportcoach.http.validation;

/** The shape of catalogue codes, wherever a service accepts one: lower-case words joined by hyphens. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case words joined by hyphens, such as active-listening";

    private Slugs() {
    }
}
