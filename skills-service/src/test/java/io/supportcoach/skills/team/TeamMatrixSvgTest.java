package io.supportcoach.skills.team;

import static io.supportcoach.skills.goal.GoalFixtures.recordEvidence;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.newTeam;
import static io.supportcoach.testing.Requests.as;
import static io.supportcoach.testing.Requests.asHr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.HeadlessChromium;
import io.supportcoach.testing.HeadlessChromium.Drawn;
import io.supportcoach.testing.HeadlessChromium.Layout;
import io.supportcoach.testing.PeopleFixtures.Staff;
import io.supportcoach.testing.SvgPicture;
import io.supportcoach.testing.SvgPicture.Group;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * The team matrix as a heatmap: well-formed SVG, one labelled cell per person and skill, a legend, names escaped,
 * cells short of a role profile's target marked, and all of it drawn by a real browser inside the picture.
 */
@QuarkusTest
class TeamMatrixSvgTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<EvidenceRecorded> recorded;

    @Test
    void eachPersonAndSkillIsACellThatSaysItsLevelAndTheLegendNamesTheBands() {
        String team = newTeam();
        Staff ava = newPerson(team, "Ava <Stone> & \"Co\"");
        Staff ben = newPerson(team, "Ben Ortiz");
        recordEvidence(entityManager, recorded, ava.employeeId(), "patience", 4);
        recordEvidence(entityManager, recorded, ava.employeeId(), "empathy", 2);
        recordEvidence(entityManager, recorded, ben.employeeId(), "empathy", 5);

        SvgPicture svg = SvgPicture.get(as(ava.managerToken()).queryParam("skills", "patience,empathy"),
                "/teams/{teamId}/matrix", team);

        assertThat(svg.document().getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.texts("person")).containsExactly("Ava <Stone> & \"Co\"", "Ben Ortiz");
        assertThat(svg.texts("skill")).containsExactly("patience", "empathy");
        List<Group> cells = svg.groups("cell");
        assertThat(cells).extracting(Group::shownText)
                .containsExactly("4.0", "2.0", TeamMatrixSvg.NO_EVIDENCE, "5.0");
        assertThat(cells).extracting(Group::title).contains("Ben Ortiz, patience: no evidence",
                "Ava <Stone> & \"Co\", patience: level 4.0");
        assertThat(cells).extracting(cell -> cell.rectAttribute("fill")).doesNotHaveDuplicates().hasSize(4);
        List<Group> legend = svg.groups("band");
        assertThat(legend).extracting(Group::shownText).containsExactly("1 Aware", "2 Developing",
                "3 Proficient", "4 Advanced", "5 Role model", TeamMatrixSvg.NO_EVIDENCE + " no evidence");
        assertThat(cells.get(0).rectAttribute("fill")).as("a level-4 cell has the level-4 band's colour")
                .isEqualTo(legend.get(3).rectAttribute("fill"));
        assertThat(new String(svg.bytes(), StandardCharsets.UTF_8)).doesNotContain("<Stone>");
    }

    @Test
    void againstARoleProfileEachCellShortOfItsTargetIsOutlinedAndSaysTheTarget() {
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
        SvgPicture svg = matrix(ava, team, profile);

        assertThat(svg.texts("skill")).containsExactly("empathy (target 3)", "patience (target 3)");
        List<Group> cells = svg.groups("cell");
        assertThat(cells).extracting(Group::shownText)
                .containsExactly("2.0 < 3", "4.0", TeamMatrixSvg.NO_EVIDENCE + " < 3", TeamMatrixSvg.NO_EVIDENCE + " < 3");
        assertThat(cells).extracting(cell -> cell.rectAttribute("stroke-dasharray"))
                .containsExactly("6 3", "none", "6 3", "6 3");
        assertThat(svg.groups("band")).extracting(Group::shownText).endsWith("x < t below target t");
    }

    @Test
    void chromiumDrawsEveryCellNameSkillAndLegendBandInsideThePicture() throws Exception {
        String team = newTeam();
        Staff ava = newPerson(team, "Ava Stone");
        newPerson(team, "Bartholomew Featherstonehaugh-Smythe");
        recordEvidence(entityManager, recorded, ava.employeeId(), "empathy", 2);

        Layout layout = HeadlessChromium.layout(matrix(ava, team, newRoleProfile()).bytes(), "g.cell > rect",
                "g.cell > text", "text.person", "text.skill", "g.band > rect", "g.band > text");

        assertThat(layout.width()).isPositive();
        assertThat(layout.of(0)).hasSize(4).allMatch(cell -> cell.isVisibleWithin(layout), "drawn inside the picture");
        assertThat(layout.of(1)).extracting(Drawn::text)
                .containsExactly("2.0 < 3", TeamMatrixSvg.NO_EVIDENCE + " < 3", TeamMatrixSvg.NO_EVIDENCE + " < 3",
                        TeamMatrixSvg.NO_EVIDENCE + " < 3");
        layout.assertDrawnWholeInside(1, 2, 3, 5);
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

    private static SvgPicture matrix(Staff manager, String team, String roleProfile) {
        return SvgPicture.get(as(manager.managerToken()).queryParam("roleProfile", roleProfile),
                "/teams/{teamId}/matrix", team);
    }
}
