package io.supportcoach.identity;

/** The roles a bearer token's {@code groups} claim can hold, the same in every service. */
public final class Roles {

    public static final String HR_ADMIN = "hr-admin";
    public static final String MANAGER = "manager";
    public static final String COACH = "coach";
    public static final String EMPLOYEE = "employee";

    private Roles() {
    }
}
