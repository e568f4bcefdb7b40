package io.supportcoach.coaching.session;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new times of a session; the old ones go to its history. */
@Schema(name = "RescheduleRequest")
public record RescheduleRequest(
        @NotNull Instant start,
        @NotNull Instant end,
        @NotBlank @Size(max = 64) @Schema(examples = "Europe/Berlin") String timeZone) {
}
