package io.supportcoach.coaching.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.supportcoach.http.validation.Slugs;
import io.supportcoach.identity.IdPatterns;
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
        @Schema(description = "The role-play scenario; required for ROLE_PLAY.", examples = "angry-caller-third-outage")
        String scenarioId,
        @Size(max = 200) @Schema(description = "Where the session takes place; this or `meetingLink` is required.",
                examples = "Room 4.12") String location,
        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https URL")
        @Schema(examples = "https://meet.example.org/coaching-priya") String meetingLink,
        @Size(max = 2000) @Schema(examples = "Practise summarising the caller's problem before acting.")
        String agenda) {
}
