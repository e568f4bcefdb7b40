package io.supportcoach.secondment.placement;

/** Whose approval: the manager of the employee's own team (HOME) or of the team that takes them in (HOST). */
public enum ApprovalSide {
    HOME,
    HOST;

    static final String PATTERN = "^(HOME|HOST)$";
}
