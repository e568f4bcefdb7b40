package io.supportcoach.coaching.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the coach turns a requested session down. */
@Schema(name = "DeclineSessionRequest")
public record DeclineRequest(
        @NotBlank @Size(max = 500) @Schema(examples = "I am on leave that week; please ask for the week after.")
        String reason) {
}
