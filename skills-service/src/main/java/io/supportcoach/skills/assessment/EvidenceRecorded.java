package io.supportcoach.skills.assessment;

import java.util.UUID;

/**
 * Fired synchronously, inside the transaction that stored new evidence, so that what depends on a
 * person's level in a skill (goals, say) moves with it or not at all.
 */
public record EvidenceRecorded(String employeeId, UUID skillId) {
}
