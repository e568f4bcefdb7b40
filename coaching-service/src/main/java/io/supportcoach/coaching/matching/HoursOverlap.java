package io.supportcoach.coaching.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.supportcoach.coaching.coach.WorkingHours;

/**
 * How much of a coachee's working week lies within a coach's working hours. The coachee is taken to work Monday to
 * Friday, 09:00 to 17:00 in their own zone (40 hours); both weeks are laid out as instants of one real week, so zones,
 * and daylight saving in that week, count as they will.
 */
final class HoursOverlap {

    static final LocalTime COACHEE_DAY_STARTS = LocalTime.of(9, 0);
    static final LocalTime COACHEE_DAY_ENDS = LocalTime.of(17, 0);
    static final int COACHEE_MINUTES_PER_WEEK = 5 * 8 * 60;

    private HoursOverlap() {
    }

    /** Minutes of the coachee's week from {@code monday} that the coach works, 0 to 2400. */
    static long weeklyMinutes(ZoneId coacheeZone, LocalDate monday, ZoneId coachZone, List<WorkingHours> coachHours) {
        List<Instant[]> coachSpans = new ArrayList<>();
        // A day either side, since the coach's Sunday evening may be the coachee's Monday morning.
        LocalDate coachMonday = monday.atStartOfDay(coacheeZone).withZoneSameInstant(coachZone).toLocalDate();
        for (LocalDate date = coachMonday.minusDays(1); date.isBefore(coachMonday.plusDays(8)); date = date.plusDays(1)) {
            for (WorkingHours span : coachHours) {
                if (span.day() == date.getDayOfWeek()) {
                    coachSpans.add(new Instant[] { at(date, span.from(), coachZone), at(date, span.to(), coachZone) });
                }
            }
        }
        long minutes = 0;
        for (LocalDate date = monday; date.isBefore(monday.plusDays(5)); date = date.plusDays(1)) {
            Instant start = date.atTime(COACHEE_DAY_STARTS).atZone(coacheeZone).toInstant();
            Instant end = date.atTime(COACHEE_DAY_ENDS).atZone(coacheeZone).toInstant();
            for (Instant[] span : coachSpans) {
                Instant from = span[0].isAfter(start) ? span[0] : start;
                Instant to = span[1].isBefore(end) ? span[1] : end;
                if (from.isBefore(to)) {
                    minutes += Duration.between(from, to).toMinutes();
                }
            }
        }
        return minutes;
    }

    /** The Monday after {@code today}: a whole week ahead, as a coachee would start to meet a new coach. */
    static LocalDate nextMonday(LocalDate today) {
        LocalDate date = today.plusDays(1);
        while (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    /** A coach's wall-clock time of a day; 24:00 is the start of the next day. */
    private static Instant at(LocalDate date, String time, ZoneId zone) {
        if (time.equals("24:00")) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return date.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }
}
