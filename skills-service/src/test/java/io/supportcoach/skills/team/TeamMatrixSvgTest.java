package io.supportcoach.skills.team;

import static io.supportcoach.skills.goal.GoalFixtures.recordEvidence;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.newTeam;
import static io.supportcoach.testing.Requests.as;
import static io.supportcoach.testing.Requests.asHr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.HeadlessChromium;
import io.supportcoach.testing.HeadlessChromium.Drawn;
import io.supportcoach.testing.HeadlessChromium.Layout;
import io.supportcoach.testing.PeopleFixtures.Staff;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The team matrix as a heatmap: well-formed SVG, one labelled cell per person and skill, a legend, names escaped,
 * cells short of a role profile's target marked, and all of it drawn by a real browser inside the picture.
 */
@QuarkusTest
class TeamMatrixSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @Inject
    EntityManager entityManager;

    @Inject
    Event<EvidenceRecorded> recorded;

    @Test
    void eachPersonAndSkillIsACellThatSaysItsLevelAndTheLegendNamesTheBands() throws Exception {
        String team = newTeam();
        Staff ava = newPerson(team, "Ava <Stone> & \"Co\"");
        Staff ben = newPerson(team, "Ben Ortiz");
        recordEvidence(entityManager, recorded, ava.employeeId(), "patience", 4);
        recordEvidence(entityManager, recorded, ava.employeeId(), "empathy", 2);
        recordEvidence(entityManager, recorded, ben.employeeId(), "empathy", 5);

        byte[] body = as(ava.managerToken()).accept("image/svg+xml").queryParam("skills", "patience,empathy")
                .get("/teams/" + team + "/matrix")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asByteArray();

        Document svg = parse(body);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(texts(svg, "person")).containsExactly("Ava <Stone> & \"Co\"", "Ben Ortiz");
        assertThat(texts(svg, "skill")).containsExactly("patience", "empathy");
        List<Element> cells = groups(svg, "cell");
        assertThat(cells).extracting(TeamMatrixSvgTest::shownText)
                .containsExactly("4.0", "2.0", TeamMatrixSvg.NO_EVIDENCE, "5.0");
        assertThat(cells).extracting(TeamMatrixSvgTest::titleOf).contains("Ben Ortiz, patience: no evidence",
                "Ava <Stone> & \"Co\", patience: level 4.0");
        assertThat(cells).extracting(cell -> rect(cell).getAttribute("fill")).doesNotHaveDuplicates().hasSize(4);
        List<Element> legend = groups(svg, "band");
        assertThat(legend).extracting(TeamMatrixSvgTest::shownText).containsExactly("1 Aware", "2 Developing",
                "3 Proficient", "4 Advanced", "5 Role model", TeamMatrixSvg.NO_EVIDENCE + " no evidence");
        assertThat(rect(cells.get(0)).getAttribute("fill")).as("a level-4 cell has the level-4 band's colour")
                .isEqualTo(rect(legend.get(3)).getAttribute("fill"));
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("<Stone>");
    }

    @Test
    void againstARoleProfileEachCellShortOfItsTargetIsOutlinedAndSaysTheTarget() throws Exception {
        String team = newTeam();
        Staff ava = newPerson(team, "Ava Stone");
        newPerson(team, "Ben Ortiz");
        recordEvidence(entityManager, recorded, ava.employeeId(), "patience", 4);
        recordEvidence(entityManager, recorded, ava.employeeId(), "empathy", 2);
        String profile = newRoleProfile();

        as(ava.managerToken()).queryParam("roleProfile", profile).get("/teams/" + team + "/matrix")
                .then().statusCode(200)
                .body("skills", contains("empathy", "patience"))
                .body("roleProfile.id", equalTo(profile))
                .body("roleProfile.targets", contains(3, 3));
        Document svg = parse(svgOf(ava, team, profile));

        assertThat(texts(svg, "skill")).containsExactly("empathy (target 3)", "patience (target 3)");
        List<Element> cells = groups(svg, "cell");
        assertThat(cells).extracting(TeamMatrixSvgTest::shownText)
                .containsExactly("2.0 < 3", "4.0", TeamMatrixSvg.NO_EVIDENCE + " < 3", TeamMatrixSvg.NO_EVIDENCE + " < 3");
        assertThat(cells).extracting(cell -> rect(cell).getAttribute("stroke-dasharray"))
                .containsExactly("6 3", "none", "6 3", "6 3");
        assertThat(groups(svg, "band")).extracting(TeamMatrixSvgTest::shownText).endsWith("x < t below target t");
    }

    @Test
    void chromiumDrawsEveryCellNameSkillAndLegendBandInsideThePicture() throws Exception {
        String team = newTeam();
        Staff ava = newPerson(team, "Ava Stone");
        newPerson(team, "Bartholomew Featherstonehaugh-Smythe");
        recordEvidence(entityManager, recorded, ava.employeeId(), "empathy", 2);

        Layout layout = HeadlessChromium.layout(svgOf(ava, team, newRoleProfile()), "g.cell > rect", "g.cell > text",
                "text.person", "text.skill", "g.band > rect", "g.band > text");

        assertThat(layout.width()).isPositive();
        assertThat(layout.of(0)).hasSize(4).allMatch(cell -> cell.isVisibleWithin(layout), "drawn inside the picture");
        assertThat(layout.of(1)).extracting(Drawn::text)
                .containsExactly("2.0 < 3", TeamMatrixSvg.NO_EVIDENCE + " < 3", TeamMatrixSvg.NO_EVIDENCE + " < 3",
                        TeamMatrixSvg.NO_EVIDENCE + " < 3");
        for (int labels : new int[] { 1, 2, 3, 5 }) {
            assertThat(layout.of(labels)).isNotEmpty().allMatch(label -> label.isVisibleWithin(layout),
                    "every label is drawn whole inside the picture");
        }
        assertThat(layout.of(2)).extracting(Drawn::text).containsExactly("Ava Stone", "Bartholomew Featherstonehaugh-Smythe");
        assertThat(layout.of(3)).extracting(Drawn::text).containsExactly("empathy (target 3)", "patience (target 3)");
        assertThat(layout.of(4)).hasSize(7).allMatch(band -> band.isVisibleWithin(layout));
        Drawn longestName = layout.of(2).get(1);
        Drawn itsFirstCell = layout.of(0).get(2);
        assertThat(longestName.x() + longestName.width()).as("a name ends left of its row's cells")
                .isLessThanOrEqualTo(itsFirstCell.x());
    }

    private static String newRoleProfile() {
        return asHr().body(Map.of("name", "Matrix test profile " + UUID.randomUUID(),
                "skills", List.of(Map.of("skill", "empathy", "targetLevel", 3, "weight", 2),
                        Map.of("skill", "patience", "targetLevel", 3, "weight", 1))))
                .post("/role-profiles").then().statusCode(201).extract().path("id");
    }

    private static byte[] svgOf(Staff manager, String team, String roleProfile) {
        return as(manager.managerToken()).accept("image/svg+xml").queryParam("roleProfile", roleProfile)
                .get("/teams/" + team + "/matrix")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asByteArray();
    }

    private static Document parse(byte[] body) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
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
