package io.supportcoach.secondment.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement that takes up a person's time, APPROVED, ACTIVE or COMPLETED (the status as shown: ACTIVE is derived),
 * as plans and calendar feeds read it: only the columns they draw.
 */
public record HeldPlacement(UUID id, String employeeId, String homeTeamId, String hostTeamId, String kind,
        String status, LocalDate startsOn, LocalDate endsOn, int allocationPercent, long version, Instant updatedAt) {

    /** Whether this placement takes someone of {@code teamId} away to another team. */
    public boolean takesAwayFrom(String teamId) {
        return homeTeamId.equals(teamId);
    }

    /** Whether {@code teamId} hosts the person of this placement. */
    public boolean isHostedBy(String teamId) {
        return hostTeamId.equals(teamId);
    }
}
