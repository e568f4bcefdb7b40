package io.supportcoach.coaching.coach;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;

/**
 * A coach's working week in their time zone, and whether a session lies within it. Spans that touch (Monday until
 * 24:00, Tuesday from 00:00) join, so a coach who works around the clock may hold a session across midnight.
 */
public final class WorkingWeek {

    public static final String OUTSIDE_WORKING_HOURS = "OUTSIDE_WORKING_HOURS";
    /** Monday to Friday, 09:00 to 17:00: the hours of a coach registered without any. */
    static final List<WorkingHours> OFFICE_HOURS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream().map(day -> new WorkingHours(day, "09:00", "17:00")).toList();

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final ZoneId zone;
    private final List<WorkingHours> hours;

    private WorkingWeek(ZoneId zone, List<WorkingHours> hours) {
        this.zone = zone;
        this.hours = hours.stream().sorted(Comparator.comparing(WorkingHours::day)
                .thenComparing(WorkingHours::fromMinute)).toList();
    }

    public static WorkingWeek of(Coach coach) {
        return new WorkingWeek(ZoneId.of(coach.timeZone), coach.workingHours.stream().map(WorkingHours::parse).toList());
    }

    /** The spans by day, then start. */
    public List<WorkingHours> hours() {
        return hours;
    }

    /** Refuses spans that end before they start or overlap another span of the same day (400, one error each). */
    static void requireValid(String field, List<WorkingHours> hours) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            WorkingHours span = hours.get(i);
            if (span.toMinute() <= span.fromMinute()) {
                errors.add(new FieldError(field + "[" + i + "].to", "OUT_OF_RANGE", "must be after from"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                WorkingHours other = hours.get(j);
                if (other.day() == span.day() && other.fromMinute() < span.toMinute()
                        && span.fromMinute() < other.toMinute()) {
                    errors.add(new FieldError(field + "[" + i + "]", "OVERLAPPING_HOURS",
                            "overlaps " + other + " at " + field + "[" + j + "]"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** Whether the whole of [start, end) lies within one stretch of working time, read in the coach's zone. */
    public boolean covers(Instant start, Instant end) {
        LocalDate first = start.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = end.atZone(zone).toLocalDate();
        Instant stretchStart = null;
        Instant stretchEnd = null;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (WorkingHours span : hours) {
                if (span.day() != date.getDayOfWeek()) {
                    continue;
                }
                Instant from = at(date, span.fromMinute());
                Instant to = at(date, span.toMinute());
                if (stretchEnd != null && !from.isAfter(stretchEnd)) {
                    stretchEnd = to.isAfter(stretchEnd) ? to : stretchEnd;
                } else {
                    stretchStart = from;
                    stretchEnd = to;
                }
                if (!start.isBefore(stretchStart) && !end.isAfter(stretchEnd)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Refuses a session outside the coach's working hours with 409, naming the hours. */
    public void requireCovers(Instant start, Instant end, String coachName) {
        if (covers(start, end)) {
            return;
        }
        String when = start.atZone(zone).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + start.atZone(zone).toLocalTime() + " to " + end.atZone(zone).toLocalTime();
        throw new ProblemException(409, OUTSIDE_WORKING_HOURS, "Conflict",
                "The session lies outside " + coachName + "'s working hours: " + describe() + ".",
                List.of(new FieldError("start", OUTSIDE_WORKING_HOURS, "the session is " + when + " in " + zone
                        + ", outside the coach's working hours")), Map.of());
    }

    /** The hours in words, such as {@code MONDAY 09:00-17:00, TUESDAY 09:00-17:00 (Europe/Berlin)}. */
    public String describe() {
        return hours.stream().map(WorkingHours::stored).collect(Collectors.joining(", ")) + " (" + zone + ")";
    }

    /** A wall-clock time of a day in the coach's zone; on a daylight-saving day 09:00 is still 09:00. */
    private Instant at(LocalDate date, int minute) {
        return minute == MINUTES_PER_DAY ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : date.atTime(minute / 60, minute % 60).atZone(zone).toInstant();
    }
}
