package io.supportcoach.identity;

/** The roles a bearer token's {@code groups} claim can hold, the same in every service. */
public final class Roles {

    public static final String HR_ADMIN = "hr-admin";
    public static final String MANAGER = "manager";
    public static final String COACH = "coach";
    public static final String EMPLOYEE = "employee";
    /**
     * Another service of the suite, calling on nobody's behalf (an outbox delivery, a background check); its
     * subject is the calling service's name. It grants only the internal operations services need of each other.
     */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
