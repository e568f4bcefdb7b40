package io.supportcoach.coaching.programme;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an enrolment is withdrawn; the body and the reason may be left out. */
@Schema(name = "WithdrawEnrolmentRequest")
public record WithdrawRequest(
        @Size(max = 500) @Schema(nullable = true, examples = "Moved to the network team.") String reason) {
}
