package io.supportcoach.skills.catalogue;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One level of a skill's scale as it goes over the wire. */
@Schema(name = "SkillLevel")
public record LevelBody(
        @NotNull @Min(1) @Max(5) @Schema(examples = "3") Integer level,
        @NotBlank @Size(max = 80) @Schema(examples = "Proficient") String name,
        @NotNull @Size(min = 1, max = 12)
        @Schema(description = "What a person at this level observably does on a call or ticket; 1 to 12 entries of at most 500 characters.",
                examples = "[\"Summarises the caller's problem back before starting to troubleshoot\"]")
        List<@NotBlank @Size(max = 500) String> indicators) {

    static LevelBody from(SkillLevel level) {
        return new LevelBody((int) level.level, level.name, level.indicators);
    }

    SkillLevel toLevel() {
        return new SkillLevel(level, name, indicators);
    }
}
