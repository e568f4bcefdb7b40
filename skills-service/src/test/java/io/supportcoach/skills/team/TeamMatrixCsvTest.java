package io.supportcoach.skills.team;

import static io.supportcoach.skills.goal.GoalFixtures.recordEvidence;
import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.newTeam;
import static io.supportcoach.testing.Requests.as;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.skills.assessment.EvidenceRecorded;
import io.supportcoach.testing.PeopleFixtures.Staff;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamMatrixCsvTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<EvidenceRecorded> recorded;

    @Test
    void levelsHaveOneDecimalAndMissingOnesAreEmpty() {
        var matrix = new TeamMatrix("team-a", List.of("empathy", "patience"), List.of(
                new TeamMatrix.Row("e-1", "Dana Okafor", Arrays.asList(3.0, null)),
                new TeamMatrix.Row("e-2", "Okafor, Dana \"D\"", Arrays.asList(null, 4.25))));
        assertThat(TeamMatrixCsv.write(matrix)).isEqualTo("employeeId,displayName,empathy,patience\r\n"
                + "e-1,Dana Okafor,3.0,\r\n"
                + "e-2,\"Okafor, Dana \"\"D\"\"\",,4.3\r\n");
    }

    @Test
    void namesThatLookLikeFormulasAreNeutralised() {
        var matrix = new TeamMatrix("team-a", List.of("empathy"), List.of(
                new TeamMatrix.Row("e-1", "=HYPERLINK(\"x\")", List.of(3.0)),
                new TeamMatrix.Row("e-2", "+1", List.of(1.0)),
                new TeamMatrix.Row("e-3", "@sum", List.of(5.0)),
                new TeamMatrix.Row("e-4", " ＝1+1", List.of(2.0)),
                new TeamMatrix.Row("e-5", "Dana", List.of(4.0))));
        assertThat(TeamMatrixCsv.write(matrix)).isEqualTo("employeeId,displayName,empathy\r\n"
                + "e-1,\"'=HYPERLINK(\"\"x\"\")\",3.0\r\n"
                + "e-2,'+1,1.0\r\n"
                + "e-3,'@sum,5.0\r\n"
                + "e-4,' ＝1+1,2.0\r\n"
                + "e-5,Dana,4.0\r\n");
    }

    @Test
    void theMatrixServedAsCsvNeutralisesFormulaNames() {
        String team = newTeam();
        Staff formula = newPerson(team, "=HYPERLINK(\"http://example.org\")");
        Staff fullWidth = newPerson(team, "＠Dana");
        recordEvidence(entityManager, recorded, formula.employeeId(), "empathy", 3);
        byte[] csv = as(formula.managerToken()).accept("text/csv").queryParam("skills", "empathy")
                .get("/teams/" + team + "/matrix")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(new String(csv, UTF_8).split("\r\n")).containsExactlyInAnyOrder("employeeId,displayName,empathy",
                formula.employeeId() + ",\"'=HYPERLINK(\"\"http://example.org\"\")\",3.0",
                fullWidth.employeeId() + ",'＠Dana,");
    }

    @Test
    void skillCodesAreParsedAndChecked() {
        assertThat(TeamMatrixService.parseSkillCodes(" empathy , patience")).containsExactly("empathy", "patience");
        assertThatThrownBy(() -> TeamMatrixService.parseSkillCodes("empathy,,patience"))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.errors().get(0).code()).isEqualTo("INVALID_FORMAT"));
        assertThatThrownBy(() -> TeamMatrixService.parseSkillCodes(" "))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.errors().get(0).code()).isEqualTo("REQUIRED"));
    }
}
