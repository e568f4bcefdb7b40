package io.supportcoach.skills.catalogue;

import io.supportcoach.http.validation.Slugs;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a skill. Versions and audit stamps come from the server. */
@Schema(name = "SkillRequest")
public record SkillRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(description = "Stable kebab-case slug; cannot change once the skill exists.", examples = "active-listening")
        String code,
        @NotBlank @Size(max = 120) @Schema(examples = "Active listening") String name,
        @NotBlank @Size(max = 2000)
        @Schema(examples = "Hearing the whole problem before acting on it, and showing the caller they were heard.")
        String description,
        @NotBlank @Size(max = 64) @Schema(description = "The category's code.", examples = "communication") String category,
        @NotNull @Schema(examples = "SOFT") SkillKind kind,
        @Schema(description = "DRAFT (the default) or ACTIVE. A skill is retired through its retire command.",
                examples = "ACTIVE") SkillStatus status,
        @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URI")
        @Schema(description = "An ESCO or O*NET concept URI.",
                examples = "https://www.onetonline.org/find/descriptor/result/2.A.1.b")
        String externalReference,
        @Size(max = 20) @Schema(examples = "[\"calls\", \"tickets\"]")
        List<@NotBlank @Size(max = 40) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> tags,
        @NotNull @Size(min = 5, max = 5) @Schema(description = "Exactly the five levels 1 to 5.")
        List<@NotNull @Valid LevelBody> levels) {

    SkillStatus statusOrDraft() {
        return status == null ? SkillStatus.DRAFT : status;
    }

    List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }
}
