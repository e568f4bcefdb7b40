package io.supportcoach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void manageClaimAsJsonArrayGivesItsTeams() {
        var claim = Json.createArrayBuilder().add("team-a").add("team-noc").build();
        assertThat(Caller.teamsOf(claim)).containsExactlyInAnyOrder("team-a", "team-noc");
    }

    @Test
    void manageClaimAsListOrSingleStringGivesItsTeams() {
        assertThat(Caller.teamsOf(List.of("team-a", "team-b"))).containsExactlyInAnyOrder("team-a", "team-b");
        assertThat(Caller.teamsOf("team-a")).containsExactly("team-a");
        assertThat(Caller.teamsOf(Json.createValue("team-a"))).containsExactly("team-a");
    }

    @Test
    void missingClaimGivesNoTeam() {
        assertThat(Caller.teamsOf(null)).isEmpty();
    }
}
