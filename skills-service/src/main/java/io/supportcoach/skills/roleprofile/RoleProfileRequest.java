package io.supportcoach.skills.roleprofile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a role profile. Ids, versions and audit stamps come from the server. */
@Schema(name = "RoleProfileRequest")
public record RoleProfileRequest(
        @NotBlank @Size(max = 120) @Schema(description = "Unique among role profiles.", examples = "Service desk analyst L1")
        String name,
        @Size(max = 2000)
        @Schema(examples = "First line on the phone and the portal: hears the caller out, sets expectations, follows up.")
        String description,
        @NotNull @Size(min = 1, max = 60) @Schema(description = "1 to 60 skills, none twice.")
        List<@NotNull @Valid RoleProfileSkillRequest> skills) {
}
