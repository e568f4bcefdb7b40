package io.supportcoach.coaching.calendar;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's new calendar feed. */
@Schema(name = "CalendarFeed")
public record CalendarFeedResponse(
        @Schema(examples = "e-100") String employeeId,
        @Schema(description = "The secret address to subscribe to. Shown this once: the service keeps only a hash of "
                + "its secret. Anyone who has it sees the person's sessions, so treat it like a password.",
                examples = "https://coaching.example.org/calendar-feeds/Jz1sQ0bY6m2v0cQm9t4Xh1o8kD2wR5aL7eN3pF6uT9A.ics")
        String url,
        @Schema(examples = "2027-03-01T09:00:00Z") Instant createdAt) {
}
