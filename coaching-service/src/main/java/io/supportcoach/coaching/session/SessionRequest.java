package io.supportcoach.coaching.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.supportcoach.http.validation.Slugs;
import io.supportcoach.identity.IdPatterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to schedule a session. */
@Schema(name = "CoachingSessionRequest")
public record SessionRequest(
        @NotNull SessionKind kind,
        @NotNull @Schema(description = "The id of an active coach of this service.",
                examples = "3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b") UUID coachId,
        @NotNull @Size(min = 1, max = 12)
        @Schema(description = "Employee ids: exactly one, or 2 to 12 for a GROUP session; distinct, and not the coach.",
                examples = "[\"e-100\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID,
                message = IdPatterns.EMPLOYEE_ID_MESSAGE) String> coacheeIds,
        @NotNull @Schema(description = "15 minutes to 4 hours before `end`.") Instant start,
        @NotNull Instant end,
        @NotBlank @Size(max = 64)
        @Schema(description = "The IANA time zone the session was planned in.", examples = "Europe/Berlin")
        String timeZone,
        @NotNull @Size(min = 1, max = 10)
        @Schema(description = "Codes of the skills in focus, 1 to 10, checked against skills-service.",
                examples = "[\"active-listening\", \"empathy\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> skills,
        @Size(max = 64) @Pattern(regexp = "\\S(.*\\S)?", message = "must not be blank or padded")
        @Schema(description = "The id of a role-play scenario (/scenarios); required for ROLE_PLAY.",
                examples = "5ce0a000-0000-4000-8000-000000000001")
        String scenarioId,
        @Size(max = 200) @Schema(description = "Where the session takes place; this or `meetingLink` is required.",
                examples = "Room 4.12") String location,
        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https URL")
        @Schema(examples = "https://meet.example.org/coaching-priya") String meetingLink,
        @Size(max = 2000) @Schema(examples = "Practise summarising the caller's problem before acting.")
        String agenda,
        @Schema(description = "The programme the session belongs to: the coach must be one of its coaches and each "
                + "coachee invited to or active in it. Completed sessions of a programme keep its enrolments from "
                + "stalling.", examples = "8a4e2c10-6b1d-4f0e-9c3a-5d7b1e2f4a60", nullable = true)
        UUID programmeId,
        @Schema(description = "SCHEDULED (the default) for a session ahead, whose start must lie in the future; "
                + "COMPLETED to record, as its coach or HR, a session that already took place, with `completion`. "
                + "An employee's own request is REQUESTED.", nullable = true)
        Recorded status,
        @Valid @Schema(description = "Required with status COMPLETED, refused otherwise: what the complete command "
                + "takes.", nullable = true)
        CompleteRequest completion) {

    /** The status a session is created in by its coach or HR: ahead, or one that already took place. */
    @Schema(name = "SessionRecordedStatus")
    public enum Recorded {
        SCHEDULED,
        COMPLETED
    }

    boolean recordsThePast() {
        return status == Recorded.COMPLETED;
    }
}
