package io.supportcoach.coaching.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a session is cancelled. */
@Schema(name = "CancelSessionRequest")
public record CancelRequest(
        @NotBlank @Size(max = 500) @Schema(examples = "The coachee is on call this week.") String reason) {
}
