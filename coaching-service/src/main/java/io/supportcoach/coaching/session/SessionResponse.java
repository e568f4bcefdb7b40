package io.supportcoach.coaching.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as clients read it; a coachee reads neither the private notes nor what was observed of others. */
@Schema(name = "CoachingSession")
public record SessionResponse(
        @Schema(examples = "5f0c2d1e-8a4b-4c39-9d0e-2b7f6a1c3e55") UUID id,
        SessionKind kind,
        @Schema(examples = "3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b") UUID coachId,
        @Schema(examples = "e-10442") String coachEmployeeId,
        @Schema(examples = "[\"e-100\"]") List<String> coacheeIds,
        @Schema(examples = "2027-03-01T09:00:00Z") Instant start,
        @Schema(examples = "2027-03-01T10:00:00Z") Instant end,
        @Schema(examples = "Europe/Berlin") String timeZone,
        @Schema(examples = "[\"active-listening\", \"empathy\"]") List<String> skills,
        @Schema(nullable = true, examples = "5ce0a000-0000-4000-8000-000000000001") String scenarioId,
        @Schema(nullable = true, examples = "Room 4.12") String location,
        @Schema(nullable = true, examples = "https://meet.example.org/coaching-priya") String meetingLink,
        @Schema(nullable = true) String agenda,
        SessionStatus status,
        @Schema(nullable = true, description = "Why it was cancelled; null unless CANCELLED.") String cancelReason,
        @Schema(nullable = true, description = "Why the coach declined the request; null unless DECLINED.")
        String declineReason,
        @Schema(nullable = true, description = "The programme the session belongs to.",
                examples = "8a4e2c10-6b1d-4f0e-9c3a-5d7b1e2f4a60") UUID programmeId,
        @Schema(description = "Earlier times, oldest first; empty if never rescheduled.") List<Rescheduled> history,
        @Schema(description = "GROUP sessions, once completed: who came. Empty otherwise.")
        List<Attended> attendance,
        @Schema(description = "What was observed at completion; a coachee sees only their own.")
        List<ObservationResponse> observations,
        @Schema(description = "The coachees' own ratings of a completed session: all of them for the coach and HR, "
                + "a coachee's own for a coachee.")
        List<CoacheeFeedback> coacheeFeedback,
        @Schema(nullable = true, description = "The coach's notes: shown to the coach and HR only, else null.")
        String privateNotes,
        @Schema(nullable = true) Instant completedAt,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        Instant createdAt,
        @Schema(examples = "e-10442") String createdBy,
        Instant updatedAt,
        @Schema(examples = "e-10442") String updatedBy) {

    /** Times a session had before it was moved. */
    @Schema(name = "SessionReschedule")
    public record Rescheduled(Instant start, Instant end, @Schema(examples = "Europe/Berlin") String timeZone,
            Instant rescheduledAt, @Schema(examples = "e-10442") String rescheduledBy) {
    }

    /** One coachee's own rating of the session. */
    @Schema(name = "CoacheeFeedback")
    public record CoacheeFeedback(@Schema(examples = "e-100") String employeeId,
            @Schema(description = "1 (poor) to 5 (excellent).", examples = "4") int rating,
            @Schema(nullable = true, examples = "The role-player felt real; more time for the debrief next time.")
            String comment,
            Instant givenAt) {
    }

    /** Whether one coachee of a completed GROUP session came. */
    @Schema(name = "SessionAttended")
    public record Attended(@Schema(examples = "e-100") String employeeId, boolean attended) {
    }

    /** One observation and how far its evidence got on the way to skills-service. */
    @Schema(name = "SessionObservation")
    public record ObservationResponse(@Schema(examples = "e-100") String employeeId,
            @Schema(examples = "active-listening") String skill, @Schema(examples = "3") int level,
            String observed,
            @Schema(description = "The state of the evidence sent to skills-service: PENDING until it arrives, FAILED "
                    + "when skills-service refused it (HR sees it in /outbox-messages).") EvidenceDelivery evidence) {
    }
}
