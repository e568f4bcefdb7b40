package io.supportcoach.coaching.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.supportcoach.coaching.coach.Coach;
import io.supportcoach.coaching.coach.WorkingHours;
import org.junit.jupiter.api.Test;

/** The parts of a match that need no database: overlapping hours across zones and daylight saving, and the mean. */
class MatchScoringTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void hoursOverlapFollowsDaylightSavingOfBothZonesInTheWeekMatched() {
        List<WorkingHours> nineToFive = weekdays("09:00", "17:00");
        // Both on standard time: New York 09:00 is Berlin 15:00, so 2 hours a day overlap.
        assertThat(HoursOverlap.weeklyMinutes(BERLIN, LocalDate.of(2027, 3, 1), NEW_YORK, nineToFive))
                .isEqualTo(5 * 120);
        // New York moved its clocks on 14 March, Berlin only on 28 March: 14:00 in Berlin, 3 hours a day.
        assertThat(HoursOverlap.weeklyMinutes(BERLIN, LocalDate.of(2027, 3, 15), NEW_YORK, nineToFive))
                .isEqualTo(5 * 180);
        assertThat(HoursOverlap.weeklyMinutes(BERLIN, LocalDate.of(2027, 4, 5), NEW_YORK, nineToFive))
                .isEqualTo(5 * 120);
    }

    @Test
    void aCoachsSundayEveningMayBeTheCoacheesMondayMorning() {
        // Kiritimati is UTC+14: the coachee's Monday 09:00-17:00 is Sunday 19:00 to Monday 03:00 in UTC.
        List<WorkingHours> sundayEvening = List.of(new WorkingHours(DayOfWeek.SUNDAY, "19:00", "24:00"));
        assertThat(HoursOverlap.weeklyMinutes(ZoneId.of("Pacific/Kiritimati"), LocalDate.of(2027, 3, 1),
                ZoneId.of("UTC"), sundayEvening)).isEqualTo(5 * 60);
    }

    @Test
    void theWeekMatchedStartsOnTheNextMonday() {
        assertThat(HoursOverlap.nextMonday(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(HoursOverlap.nextMonday(LocalDate.of(2027, 3, 7))).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(HoursOverlap.nextMonday(LocalDate.of(2027, 3, 3))).isEqualTo(LocalDate.of(2027, 3, 8));
    }

    @Test
    void partsThatCannotApplyAreLeftOutOfTheMean() {
        Coach coach = coach(List.of("empathy"), 4, weekdays("09:00", "13:00"));
        var coachee = new MatchScoring.Coachee(List.of(), null, List.of(), ZoneId.of("UTC"), LocalDate.of(2027, 3, 1));

        var scored = MatchScoring.score(coachee, coach, 1);

        // (0.1 × 3/4 + 0.2 × 20/40) ÷ 0.3 = 0.5833...
        assertThat(scored.exactScore()).isCloseTo(0.175 / 0.3, offset(1e-9));
        assertThat(scored.match().score()).isEqualTo(0.58);
        assertThat(scored.match().parts().goalCoverage()).isNull();
        assertThat(scored.match().parts().gapCoverage()).isNull();
        assertThat(scored.match().reasons()).containsExactly("the coachee has no active goal",
                "no role profile to close gaps to", "3 of 4 places free",
                "20 of 40 working hours a week overlap with UTC");
    }

    @Test
    void onlyTheThreeLargestUnmetGapsCountTiesBySkillCode() {
        var gaps = MatchScoring.largestGaps(List.of(new MatchScoring.Gap("patience", 0, 3),
                new MatchScoring.Gap("empathy", 1, 2), new MatchScoring.Gap("de-escalation", 2, 1),
                new MatchScoring.Gap("active-listening", 1, 1), new MatchScoring.Gap("calm-under-pressure", 3, 1)));

        assertThat(gaps).extracting(MatchScoring.Gap::skill)
                .containsExactly("calm-under-pressure", "de-escalation", "empathy");
    }

    private static List<WorkingHours> weekdays(String from, String to) {
        List<WorkingHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new WorkingHours(day, from, to));
        }
        return hours;
    }

    private static Coach coach(List<String> skills, int capacity, List<WorkingHours> hours) {
        var coach = new Coach();
        coach.id = UUID.randomUUID();
        coach.employeeId = "e-coach";
        coach.displayName = "Ana";
        coach.skills = new ArrayList<>(skills);
        coach.capacity = capacity;
        coach.timeZone = "UTC";
        coach.workingHours = hours.stream().map(span -> span.day() + " " + span.from() + "-" + span.to()).toList();
        return coach;
    }
}
