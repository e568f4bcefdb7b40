package io.supportcoach.secondment.placement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a manager rejects a placement; the employee and the other manager read it. */
@Schema(name = "PlacementRejectionRequest")
public record RejectionRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "The desk is short-staffed in March.") String reason) {
}
