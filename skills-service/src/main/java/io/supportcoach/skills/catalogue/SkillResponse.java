package io.supportcoach.skills.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A skill as clients read it. */
@Schema(name = "Skill")
public record SkillResponse(
        UUID id,
        @Schema(examples = "active-listening") String code,
        @Schema(examples = "Active listening") String name,
        String description,
        @Schema(examples = "communication") String category,
        SkillKind kind,
        SkillStatus status,
        @Schema(description = "The code of the skill that replaces a retired one; null until retired.", nullable = true)
        String replacedBy,
        @Schema(description = "A reference in an outside framework, such as O*NET; null when there is none.", nullable = true)
        String externalReference,
        List<String> tags,
        List<LevelBody> levels,
        @Schema(description = "Also sent as the ETag header.", examples = "3") long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    SkillResponse withLevels(List<LevelBody> rubric) {
        return new SkillResponse(id, code, name, description, category, kind, status, replacedBy, externalReference,
                tags, rubric, version, createdAt, createdBy, updatedAt, updatedBy);
    }

    static SkillResponse from(Skill skill) {
        return new SkillResponse(skill.id, skill.code, skill.name, skill.description, skill.category.code, skill.kind,
                skill.status, skill.replacedBy == null ? null : skill.replacedBy.code, skill.externalReference,
                List.copyOf(skill.tags), skill.levels.stream().map(LevelBody::from).toList(), skill.version,
                skill.createdAt, skill.createdBy, skill.updatedAt, skill.updatedBy);
    }
}
