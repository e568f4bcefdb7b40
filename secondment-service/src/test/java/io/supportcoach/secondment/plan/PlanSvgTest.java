package io.supportcoach.secondment.plan;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.plan.PlanFixtures.approvedPlacement;
import static io.supportcoach.secondment.plan.PlanFixtures.managerOf;
import static io.supportcoach.secondment.plan.PlanFixtures.newEmployee;
import static io.supportcoach.secondment.plan.PlanFixtures.newTeam;
import static io.supportcoach.secondment.plan.PlanFixtures.stubTeamPeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.HeadlessChromium;
import io.supportcoach.testing.HeadlessChromium.Drawn;
import io.supportcoach.testing.HeadlessChromium.Layout;
import io.supportcoach.testing.SvgPicture;
import io.supportcoach.testing.SvgPicture.Group;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan as a timeline: well-formed SVG, a row per person labelled with their name, a bar per placement that says
 * its direction, percent and other team, away and hosted told apart by pattern as well as by words, and a legend;
 * all of it drawn by a real browser inside the picture; and employee ids instead of names when skills-service cannot
 * tell them.
 */
@QuarkusTest
class PlanSvgTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    @Test
    void eachPlacementIsABarThatSaysWhatItIsAndTheLegendExplainsBoth() {
        String team = newTeam();
        String host = newTeam();
        String home = newTeam();
        String away = newEmployee(team);
        String guest = newEmployee(home);
        approvedPlacement(away, team, host, MARCH_1.plusDays(2), MARCH_1.plusDays(9), 40);
        approvedPlacement(guest, home, team, MARCH_1, MARCH_1.plusDays(60), 60);
        stubTeamPeople(skillsService, team, Map.of(away, "Ana Silva"));

        SvgPicture svg = plan(team, "2027-03-01", "2027-03-31");

        assertThat(svg.document().getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.texts("person")).as("the team's own from its listing, a guest by id")
                .containsExactlyInAnyOrder("Ana Silva", "Person " + guest);
        assertThat(svg.texts("column")).as("a column per day of a month").hasSize(31).startsWith("1", "2", "3")
                .endsWith("31");
        assertThat(svg.texts("month")).containsExactly("March 2027");
        List<Group> bars = svg.groups("bar");
        assertThat(bars).extracting(Group::shownText)
                .containsExactlyInAnyOrder("AWAY 40% at " + host, "HOSTED 60% from " + home);
        Group awayBar = bars.stream().filter(bar -> bar.shownText().startsWith("AWAY")).findFirst().orElseThrow();
        Group hostedBar = bars.stream().filter(bar -> bar.shownText().startsWith("HOSTED")).findFirst().orElseThrow();
        assertThat(awayBar.rectAttribute("fill")).isEqualTo(PlanSvg.AWAY_FILL);
        assertThat(hostedBar.rectAttribute("fill")).as("hosted bars are hatched").isEqualTo(PlanSvg.HOSTED_FILL);
        assertThat(svg.document().getElementById("hosted-hatch")).as("the hatching is defined").isNotNull();
        assertThat(Integer.parseInt(awayBar.rectAttribute("width"))).as("8 days of 24 pixels").isEqualTo(8 * 24);
        assertThat(Integer.parseInt(hostedBar.rectAttribute("width"))).as("clipped to the range's 31 days")
                .isEqualTo(31 * 24);
        assertThat(awayBar.title()).isEqualTo("Ana Silva (" + away + "): away at " + host + ", 40% of the time, "
                + "2027-03-03 to 2027-03-10 (CROSS_TRAINING, APPROVED)");

        List<Group> legend = svg.groups("entry");
        assertThat(legend).extracting(Group::shownText)
                .containsExactly("AWAY: on placement elsewhere", "HOSTED: from another team");
        assertThat(legend).extracting(entry -> entry.rectAttribute("fill"))
                .containsExactly(PlanSvg.AWAY_FILL, PlanSvg.HOSTED_FILL);
    }

    @Test
    void chromiumDrawsEveryBarNameDayAndLegendEntryInsideThePicture() throws Exception {
        String team = newTeam();
        String host = newTeam();
        String home = newTeam();
        String away = newEmployee(team);
        String guest = newEmployee(home);
        approvedPlacement(away, team, host, MARCH_1.plusDays(2), MARCH_1.plusDays(9), 40);
        approvedPlacement(guest, home, team, MARCH_1, MARCH_1.plusDays(60), 60);
        stubTeamPeople(skillsService, team, Map.of(away, "Ana Silva"));

        Layout layout = HeadlessChromium.layout(plan(team, "2027-03-01", "2027-03-31").bytes(), "g.bar > rect",
                "g.bar > text", "text.person", "text.column", "g.entry > rect", "g.entry > text", "text.month");

        assertThat(layout.of(0)).hasSize(2).allMatch(bar -> bar.isVisibleWithin(layout), "bars drawn inside the picture");
        assertThat(layout.of(1)).extracting(Drawn::text)
                .containsExactlyInAnyOrder("AWAY 40% at " + host, "HOSTED 60% from " + home);
        assertThat(layout.of(2)).extracting(Drawn::text).containsExactlyInAnyOrder("Ana Silva", "Person " + guest);
        assertThat(layout.of(3)).hasSize(31);
        layout.assertDrawnWholeInside(1, 2, 3, 5, 6);
        assertThat(layout.of(4)).hasSize(2).allMatch(entry -> entry.isVisibleWithin(layout));
        Drawn awayBar = layout.of(0).stream().min(Comparator.comparingDouble(Drawn::width)).orElseThrow();
        Drawn hostedBar = layout.of(0).stream().max(Comparator.comparingDouble(Drawn::width)).orElseThrow();
        assertThat(hostedBar.width() / awayBar.width()).as("31 days drawn against 8").isCloseTo(31.0 / 8, within(0.01));
    }

    @Test
    void withoutSkillsServiceThePictureStillComesAndShowsEmployeeIds() throws Exception {
        String team = newTeam();
        String home = newTeam();
        String away = newEmployee(team);
        String guest = newEmployee(home);
        approvedPlacement(away, team, newTeam(), MARCH_1.plusDays(2), MARCH_1.plusDays(9), 40);
        approvedPlacement(guest, home, team, MARCH_1, MARCH_1.plusDays(60), 60);
        skillsService.down();

        SvgPicture svg = plan(team, "2027-03-01", "2027-03-31");

        assertThat(svg.texts("person")).containsExactlyInAnyOrder(away, guest);
        assertThat(svg.groups("bar")).extracting(Group::title)
                .allMatch(title -> title.startsWith(away + ": ") || title.startsWith(guest + ": "));
        Layout layout = HeadlessChromium.layout(svg.bytes(), "text.person");
        assertThat(layout.of(0)).extracting(Drawn::text).containsExactlyInAnyOrder(away, guest);
        assertThat(layout.of(0)).allMatch(label -> label.isVisibleWithin(layout), "ids drawn whole inside the picture");
    }

    @Test
    void aLongRangeHasAColumnPerWeek() {
        SvgPicture svg = plan(newTeam(), "2027-01-01", "2027-12-31");

        int mondays = 0;
        for (LocalDate day = LocalDate.of(2027, 1, 1); !day.isAfter(LocalDate.of(2027, 12, 31)); day = day.plusDays(1)) {
            mondays += day.getDayOfWeek() == DayOfWeek.MONDAY ? 1 : 0;
        }
        assertThat(svg.texts("column")).hasSize(mondays).startsWith("4", "11", "18", "25", "1");
        assertThat(svg.texts("month")).hasSize(12).startsWith("January 2027").endsWith("December 2027");
        assertThat(svg.texts("note")).containsExactly("Nobody is away or hosted in this range.");
        assertThat(svg.groups("bar")).isEmpty();
    }

    private static SvgPicture plan(String team, String from, String to) {
        return SvgPicture.get(given().auth().oauth2(managerOf(team)).queryParam("from", from).queryParam("to", to),
                "/teams/{teamId}/plan", team);
    }
}
