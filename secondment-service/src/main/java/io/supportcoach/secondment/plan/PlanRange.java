package io.supportcoach.secondment.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.supportcoach.http.problem.ProblemException;

/** The days a plan covers, both ends included: at most a year (366 days, for a leap year), by default 90 days on. */
public record PlanRange(LocalDate from, LocalDate to) {

    static final int LONGEST_DAYS = 366;
    static final int DEFAULT_DAYS_AFTER = 90;

    /**
     * The range the query parameters ask for; a missing {@code from} is today, a missing {@code to} is 90 days after
     * {@code from}. A malformed day, an end before the start or more than 366 days are a 400 naming the parameter.
     */
    static PlanRange of(String from, String to, LocalDate today) {
        LocalDate first = from == null ? today : day("from", from);
        LocalDate last = to == null ? first.plusDays(DEFAULT_DAYS_AFTER) : day("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalidField("to", "BEFORE_START", "must be on or after from");
        }
        if (new PlanRange(first, last).days() > LONGEST_DAYS) {
            throw ProblemException.invalidField("to", "RANGE_TOO_LONG", "a plan covers at most 366 days");
        }
        return new PlanRange(first, last);
    }

    /** How many days the range covers. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The index of {@code day} in the range, 0 for {@code from}. */
    int indexOf(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(from, day);
    }

    private static LocalDate day(String parameter, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            throw ProblemException.invalidField(parameter, "INVALID_DATE", "must be an ISO date");
        }
    }
}
