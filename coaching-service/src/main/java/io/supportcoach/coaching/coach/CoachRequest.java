package io.supportcoach.coaching.coach;

import io.supportcoach.http.validation.Slugs;
import java.util.List;

import io.supportcoach.identity.IdPatterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to register or replace a coach. */
@Schema(name = "CoachRequest")
public record CoachRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
        @Schema(description = "The coach's employee id in the HR system. Cannot change once registered.",
                examples = "e-10442")
        String employeeId,
        @NotBlank @Size(max = 120) @Schema(examples = "Priya Raman") String displayName,
        @NotNull @Size(min = 1, max = 30)
        @Schema(description = "Codes of the skills this coach coaches, 1 to 30, each at most 64 characters.",
                examples = "[\"active-listening\", \"empathy\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> skills,
        @NotNull @Min(1) @Max(50) @Schema(description = "Active coachees at most, 1 to 50.", examples = "6")
        Integer capacity,
        @Schema(description = "Whether the coach takes coachees. Absent means true, also when replacing.",
                examples = "true", defaultValue = "true")
        Boolean active,
        @Size(max = 64) @Schema(description = "The IANA time zone the working hours are in. Absent means UTC when "
                + "registering, and the current zone when replacing.", examples = "Europe/Berlin", nullable = true)
        String timeZone,
        @Size(min = 1, max = 28) @Valid
        @Schema(description = "When the coach holds sessions, 1 to 28 spans, none overlapping another of its day. "
                + "Absent means Monday to Friday 09:00-17:00 when registering, and the current hours when replacing.",
                nullable = true)
        List<@NotNull WorkingHours> workingHours) {

    boolean activeOrTrue() {
        return active == null || active;
    }
}
