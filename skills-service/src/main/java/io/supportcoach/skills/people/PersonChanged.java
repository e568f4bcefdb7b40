package io.supportcoach.skills.people;

import java.time.Instant;

/**
 * What the register tells the other services when someone leaves or changes team, as the outbox keeps it until
 * delivery: the fields of the receivers' {@code PersonChangeRequest}.
 */
public record PersonChanged(String employeeId, Kind change, String teamId, String previousTeamId, Instant changedAt) {

    /** The two changes others act on. */
    public enum Kind {
        LEFT,
        TEAM_CHANGED
    }

    public static final String MESSAGE_TYPE = "person-changed";
    public static final String AGGREGATE_TYPE = "person";
}
