package io.supportcoach.skills.people;

import io.supportcoach.identity.IdPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's record as the HR system sends it. */
@Schema(name = "PersonRequest")
public record PersonRequest(
        @NotBlank @Size(max = 120) @Schema(examples = "Dana Okafor") String displayName,
        @NotBlank @Email @Size(max = 254) @Schema(examples = "dana.okafor@example.org") String email,
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
        @Schema(examples = "team-a") String teamId,
        @NotNull @Schema(examples = "ACTIVE") PersonStatus status) {
}
