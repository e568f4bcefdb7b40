package io.supportcoach.skills.people;

/** The shape of the opaque ids the HR system hands out for people and teams. */
public final class People {

    public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String ID_MESSAGE = "must be 1 to 64 letters, digits, dots, hyphens or underscores";

    private People() {
    }
}
