package io.supportcoach.coaching.programme;

import java.util.UUID;

import io.supportcoach.identity.IdPatterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom HR enrols in a programme, and with which of its coaches. */
@Schema(name = "EnrolmentRequest")
public record EnrolmentRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
        @Schema(examples = "e-100") String employeeId,
        @NotNull @Schema(description = "The id of a coach of the programme.",
                examples = "3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b") UUID coachId) {
}
