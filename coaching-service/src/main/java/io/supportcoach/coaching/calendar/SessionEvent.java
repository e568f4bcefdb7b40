package io.supportcoach.coaching.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.supportcoach.coaching.session.SessionResponse;

/**
 * What a calendar shows of one session, never its private notes or observations; {@code reschedules} is how often it
 * was moved.
 */
record SessionEvent(UUID id, String kind, String coachEmployeeId, List<String> coacheeIds, Instant start, Instant end,
        String timeZone, List<String> skills, String scenarioTitle, String location, String meetingLink, String agenda,
        String status, int reschedules, Instant updatedAt) {

    static SessionEvent of(SessionResponse session, String scenarioTitle) {
        return new SessionEvent(session.id(), session.kind().name(), session.coachEmployeeId(), session.coacheeIds(),
                session.start(), session.end(), session.timeZone(), session.skills(), scenarioTitle,
                session.location(), session.meetingLink(), session.agenda(), session.status().name(),
                session.history().size(), session.updatedAt());
    }
}
