package io.supportcoach.secondment.calendar;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's calendar feed as its maker reads it once: the secret URL is shown now and never again. */
@Schema(name = "CalendarFeed")
public record CalendarFeedResponse(
        @Schema(examples = "team-noc") String teamId,
        @Schema(description = "The feed's secret URL, to subscribe to in a calendar app; it needs no token. Only a "
                + "hash of its secret is kept, so it cannot be shown again: making the feed again gives a new URL "
                + "and ends this one.",
                examples = "http://localhost:8083/calendar-feeds/q3JkR1xY8m0a6c2dE4fG5hI7jK9lM1nO3pQ5rS7tU9v.ics")
        String url,
        @Schema(examples = "2027-02-01T09:00:00Z") Instant madeAt,
        @Schema(examples = "e-200") String madeBy) {
}
