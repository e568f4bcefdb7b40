package io.supportcoach.coaching.calendar;

import java.time.Instant;

/** A feed just made: the secret that its URL carries, known only to the answer that made it. */
record CalendarFeed(String employeeId, String secret, Instant createdAt) {
}
