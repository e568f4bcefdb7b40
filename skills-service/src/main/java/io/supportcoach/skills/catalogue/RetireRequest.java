package io.supportcoach.skills.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Retires a skill in favour of another one. */
@Schema(name = "RetireRequest")
public record RetireRequest(
        @NotBlank @Size(max = 64) @Schema(description = "Code or id of the active skill that replaces it.",
                examples = "active-listening") String replacedBy) {
}
