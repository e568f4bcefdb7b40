package io.supportcoach.secondment.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import io.supportcoach.http.problem.ProblemException;
import org.junit.jupiter.api.Test;

class HostTeamAccessTest {

    @Test
    void hrActsForAnyTeam() {
        assertThatCode(() -> HostTeamAccess.requireMayActFor(true, Set.of(), "team-noc")).doesNotThrowAnyException();
    }

    @Test
    void managerActsForTeamsTheyManage() {
        assertThatCode(() -> HostTeamAccess.requireMayActFor(false, Set.of("team-a", "team-noc"), "team-noc"))
                .doesNotThrowAnyException();
    }

    @Test
    void managerOfAnotherTeamIsRefused() {
        var problem = catchThrowableOfType(ProblemException.class,
                () -> HostTeamAccess.requireMayActFor(false, Set.of("team-a"), "team-noc"));

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.code()).isEqualTo("NOT_YOUR_TEAM");
    }
}
