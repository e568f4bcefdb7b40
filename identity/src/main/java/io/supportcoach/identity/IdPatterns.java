package io.supportcoach.identity;

/**
 * The shape of the ids the HR system hands out, the same in every service, so that an id one service
 * accepts is never refused by another it sends it to.
 */
public final class IdPatterns {

    public static final String EMPLOYEE_ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String EMPLOYEE_ID_MESSAGE = "must be 1 to 64 letters, digits, dots, hyphens or underscores, "
            + "starting with a letter or digit";

    public static final String TEAM_ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    public static final String TEAM_ID_MESSAGE = "must be 1 to 64 letters, digits, dots, hyphens or underscores, "
            + "starting with a letter or digit";

    private IdPatterns() {
    }
}
