package io.supportcoach.skills.people;

import io.supportcoach.identity.IdPatterns;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person of a batch upsert: the employee id travels in the body instead of the path. */
@Schema(name = "BatchPerson")
public record BatchPerson(
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE) @Schema(examples = "e-100")
        String employeeId,
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE) String teamId,
        @NotNull PersonStatus status) {

    PersonRequest toRequest() {
        return new PersonRequest(displayName, email, teamId, status);
    }
}
