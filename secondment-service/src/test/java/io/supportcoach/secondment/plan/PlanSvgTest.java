package io.supportcoach.secondment.plan;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.plan.PlanFixtures.approvedPlacement;
import static io.supportcoach.secondment.plan.PlanFixtures.managerOf;
import static io.supportcoach.secondment.plan.PlanFixtures.newEmployee;
import static io.supportcoach.secondment.plan.PlanFixtures.newTeam;
import static io.supportcoach.secondment.plan.PlanFixtures.stubTeamPeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.HeadlessChromium;
import io.supportcoach.testing.HeadlessChromium.Drawn;
import io.supportcoach.testing.HeadlessChromium.Layout;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plan as a timeline: well-formed SVG, a row per person labelled with their name, a bar per placement that says
 * its direction, percent and other team, away and hosted told apart by pattern as well as by words, and a legend;
 * all of it drawn by a real browser inside the picture; and employee ids instead of names when skills-service cannot
 * tell them.
 */
@QuarkusTest
class PlanSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
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
    void eachPlacementIsABarThatSaysWhatItIsAndTheLegendExplainsBoth() throws Exception {
        String team = newTeam();
        String host = newTeam();
        String home = newTeam();
        String away = newEmployee(team);
        String guest = newEmployee(home);
        approvedPlacement(away, team, host, MARCH_1.plusDays(2), MARCH_1.plusDays(9), 40);
        approvedPlacement(guest, home, team, MARCH_1, MARCH_1.plusDays(60), 60);
        stubTeamPeople(skillsService, team, Map.of(away, "Ana Silva"));

        Document svg = plan(team, "2027-03-01", "2027-03-31");

        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(texts(svg, "person")).as("the team's own from its listing, a guest by id")
                .containsExactlyInAnyOrder("Ana Silva", "Person " + guest);
        assertThat(texts(svg, "column")).as("a column per day of a month").hasSize(31).startsWith("1", "2", "3")
                .endsWith("31");
        assertThat(texts(svg, "month")).containsExactly("March 2027");
        List<Element> bars = groups(svg, "bar");
        assertThat(bars).extracting(PlanSvgTest::shownText)
                .containsExactlyInAnyOrder("AWAY 40% at " + host, "HOSTED 60% from " + home);
        Element awayBar = bars.stream().filter(bar -> shownText(bar).startsWith("AWAY")).findFirst().orElseThrow();
        Element hostedBar = bars.stream().filter(bar -> shownText(bar).startsWith("HOSTED")).findFirst().orElseThrow();
        assertThat(rect(awayBar).getAttribute("fill")).isEqualTo(PlanSvg.AWAY_FILL);
        assertThat(rect(hostedBar).getAttribute("fill")).as("hosted bars are hatched").isEqualTo(PlanSvg.HOSTED_FILL);
        assertThat(svg.getElementById("hosted-hatch")).as("the hatching is defined").isNotNull();
        assertThat(Integer.parseInt(rect(awayBar).getAttribute("width"))).as("8 days of 24 pixels").isEqualTo(8 * 24);
        assertThat(Integer.parseInt(rect(hostedBar).getAttribute("width"))).as("clipped to the range's 31 days")
                .isEqualTo(31 * 24);
        assertThat(titleOf(awayBar)).isEqualTo("Ana Silva (" + away + "): away at " + host + ", 40% of the time, "
                + "2027-03-03 to 2027-03-10 (CROSS_TRAINING, APPROVED)");

        List<Element> legend = groups(svg, "entry");
        assertThat(legend).extracting(PlanSvgTest::shownText)
                .containsExactly("AWAY: on placement elsewhere", "HOSTED: from another team");
        assertThat(legend).extracting(entry -> rect(entry).getAttribute("fill"))
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

        Layout layout = HeadlessChromium.layout(svgOf(team, "2027-03-01", "2027-03-31"), "g.bar > rect", "g.bar > text",
                "text.person", "text.column", "g.entry > rect", "g.entry > text", "text.month");

        assertThat(layout.of(0)).hasSize(2).allMatch(bar -> bar.isVisibleWithin(layout), "bars drawn inside the picture");
        assertThat(layout.of(1)).extracting(Drawn::text)
                .containsExactlyInAnyOrder("AWAY 40% at " + host, "HOSTED 60% from " + home);
        assertThat(layout.of(2)).extracting(Drawn::text).containsExactlyInAnyOrder("Ana Silva", "Person " + guest);
        assertThat(layout.of(3)).hasSize(31);
        for (int labels : new int[] { 1, 2, 3, 5, 6 }) {
            assertThat(layout.of(labels)).isNotEmpty().allMatch(label -> label.isVisibleWithin(layout),
                    "every label is drawn whole inside the picture");
        }
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

        Document svg = plan(team, "2027-03-01", "2027-03-31");

        assertThat(texts(svg, "person")).containsExactlyInAnyOrder(away, guest);
        assertThat(groups(svg, "bar")).extracting(PlanSvgTest::titleOf)
                .allMatch(title -> title.startsWith(away + ": ") || title.startsWith(guest + ": "));
        Layout layout = HeadlessChromium.layout(svgOf(team, "2027-03-01", "2027-03-31"), "text.person");
        assertThat(layout.of(0)).extracting(Drawn::text).containsExactlyInAnyOrder(away, guest);
        assertThat(layout.of(0)).allMatch(label -> label.isVisibleWithin(layout), "ids drawn whole inside the picture");
    }

    @Test
    void aLongRangeHasAColumnPerWeek() throws Exception {
        Document svg = plan(newTeam(), "2027-01-01", "2027-12-31");

        int mondays = 0;
        for (LocalDate day = LocalDate.of(2027, 1, 1); !day.isAfter(LocalDate.of(2027, 12, 31)); day = day.plusDays(1)) {
            mondays += day.getDayOfWeek() == DayOfWeek.MONDAY ? 1 : 0;
        }
        assertThat(texts(svg, "column")).hasSize(mondays).startsWith("4", "11", "18", "25", "1");
        assertThat(texts(svg, "month")).hasSize(12).startsWith("January 2027").endsWith("December 2027");
        assertThat(texts(svg, "note")).containsExactly("Nobody is away or hosted in this range.");
        assertThat(groups(svg, "bar")).isEmpty();
    }

    private static byte[] svgOf(String team, String from, String to) {
        return given().auth().oauth2(managerOf(team))
                .accept("image/svg+xml").queryParam("from", from).queryParam("to", to)
                .get("/teams/{teamId}/plan", team)
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asByteArray();
    }

    private static Document plan(String team, String from, String to) throws Exception {
        byte[] body = svgOf(team, from, to);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        markIds(document);
        return document;
    }

    /** Lets getElementById find SVG ids, which a parser without a schema does not know as ids. */
    private static void markIds(Document document) {
        NodeList all = document.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                element.setIdAttribute("id", true);
            }
        }
    }

    private static List<String> texts(Document svg, String cssClass) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            if (cssClass.equals(text.getAttribute("class"))) {
                texts.add(text.getTextContent());
            }
        }
        return texts;
    }

    private static List<Element> groups(Document svg, String cssClass) {
        List<Element> groups = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element group = (Element) nodes.item(i);
            if (cssClass.equals(group.getAttribute("class"))) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static String shownText(Element group) {
        return group.getElementsByTagNameNS(SVG, "text").item(0).getTextContent();
    }

    private static String titleOf(Element group) {
        return group.getElementsByTagNameNS(SVG, "title").item(0).getTextContent();
    }

    private static Element rect(Element group) {
        return (Element) group.getElementsByTagNameNS(SVG, "rect").item(0);
    }
}
