package io.supportcoach.coaching.session;

import java.util.List;

import io.supportcoach.http.validation.Slugs;
import io.supportcoach.identity.IdPatterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the coach records when a session took place. */
@Schema(name = "CompleteSessionRequest")
public record CompleteRequest(
        @Size(max = 12) @Valid
        @Schema(description = "GROUP sessions only, and required there: every coachee once, whether they came. "
                + "In the other kinds the one coachee came (else the session is a NO_SHOW).")
        List<@NotNull Attendance> attendance,
        @NotNull @Size(max = 120) @Valid
        @Schema(description = "Per coachee who came and per skill in focus at most once: the level shown. Each "
                + "becomes COACHING_SESSION evidence in skills-service.")
        List<@NotNull Observation> observations,
        @Size(max = 4000) @Schema(description = "The coach's own notes; never shown to a coachee.",
                examples = "Ask about the escalation path next time.") String privateNotes) {

    /** Whether one coachee of a GROUP session came. */
    @Schema(name = "SessionAttendance")
    public record Attendance(
            @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
            @Schema(examples = "e-100") String employeeId,
            @NotNull @Schema(examples = "true") Boolean attended) {
    }

    /** The level one coachee showed in one skill in focus, and what the coach saw. */
    @Schema(name = "SessionObservationRequest")
    public record Observation(
            @NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
            @Schema(examples = "e-100") String employeeId,
            @NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
            @Schema(examples = "active-listening") String skill,
            @NotNull @Min(1) @Max(5) @Schema(examples = "3") Integer level,
            @NotBlank @Size(max = 2000)
            @Schema(examples = "Summarised the caller's outage back before acting, twice unprompted.") String observed) {
    }
}
