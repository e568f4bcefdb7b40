package io.supportcoach.secondment.placement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose approval: the manager of the employee's own team (HOME) or of the team that takes them in (HOST). */
@Schema(name = "ApprovalSide", description = "HOME: the employee's own team. HOST: the team that takes them in.")
public enum ApprovalSide {
    HOME,
    HOST;

    static final String PATTERN = "^(HOME|HOST)$";
}
