package io.supportcoach.skills.roleprofile;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.skills.catalogue.Skill;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A role profile as clients read it; skills are named by code. */
@Schema(name = "RoleProfile")
public record RoleProfileResponse(
        UUID id,
        @Schema(examples = "Service desk analyst L1") String name,
        @Schema(nullable = true) String description,
        @Schema(description = "Sorted by skill code.") List<Target> skills,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    /** One skill of the profile. */
    @Schema(name = "RoleProfileSkill")
    public record Target(
            @Schema(examples = "active-listening") String skill,
            @Schema(examples = "3") int targetLevel,
            @Schema(examples = "2.0") double weight) {
    }

    /** {@code skills} must hold every skill the profile names. */
    static RoleProfileResponse from(RoleProfile profile, Map<UUID, Skill> skills) {
        List<Target> targets = profile.skills.stream()
                .map(target -> new Target(skills.get(target.skillId).code, target.targetLevel,
                        target.weight.doubleValue()))
                .sorted(Comparator.comparing(Target::skill))
                .toList();
        return new RoleProfileResponse(profile.id, profile.name, profile.description, targets, profile.version,
                profile.createdAt, profile.createdBy, profile.updatedAt, profile.updatedBy);
    }
}
