package io.supportcoach.skills.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import io.supportcoach.http.problem.ProblemException;
import org.junit.jupiter.api.Test;

class TeamMatrixCsvTest {

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
        assertThat(TeamMatrixCsv.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TeamMatrixCsv.neutralise("+1")).isEqualTo("'+1");
        assertThat(TeamMatrixCsv.neutralise("@sum")).isEqualTo("'@sum");
        assertThat(TeamMatrixCsv.neutralise("Dana")).isEqualTo("Dana");
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
