package io.supportcoach.skills.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new piece of evidence. Who asserted it comes from the token, never from the body. */
@Schema(name = "EvidenceRequest")
public record EvidenceRequest(
        @NotBlank @Size(max = 64) @Schema(description = "Skill code or id.", examples = "active-listening") String skill,
        @NotNull @Min(1) @Max(5) @Schema(examples = "3") Integer level,
        @NotNull @Schema(description = "SELF for one's own assessment, MANAGER for a manager, COACH or COACHING_SESSION "
                + "for a coach, PEER and PLACEMENT as gathered by a manager or HR.", examples = "COACH") EvidenceSource source,
        @NotNull @Schema(description = "When the level was shown; not in the future.", examples = "2027-03-01T09:00:00Z")
        Instant observedAt,
        @Size(max = 2000) @Schema(examples = "Summarised the caller's outage back before acting, twice unprompted.") String note,
        @Size(max = 200) @Pattern(regexp = "^(coaching-session|placement):[A-Za-z0-9-]{1,64}$",
                message = "must be coaching-session:<id> or placement:<id>")
        @Schema(examples = "coaching-session:5f0c2d1e-8a4b-4c39-9d0e-2b7f6a1c3e55") String reference,
        @Schema(description = "The id of the earlier evidence this corrects.") UUID supersedes) {
}
