package io.supportcoach.skills.team;

import static io.supportcoach.skills.goal.GoalFixtures.recordEvidence;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.newTeam;
import static io.supportcoach.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.PeopleFixtures.Staff;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The team matrix as a heatmap: well-formed SVG, one labelled cell per person and skill, a legend, names escaped. */
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
