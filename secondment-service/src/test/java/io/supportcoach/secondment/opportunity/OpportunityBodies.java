package io.supportcoach.secondment.opportunity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.testing.TestTokens;

/** Request bodies and tokens for opportunity tests; maps, so a test can send a field the API does not know. */
final class OpportunityBodies {

    private OpportunityBodies() {
    }

    /** A host team no other test uses, so a list filtered by it holds only this test's opportunities. */
    static String uniqueTeam() {
        return "team-" + UUID.randomUUID();
    }

    static String managerOf(String... teams) {
        return TestTokens.as("e-" + UUID.randomUUID(), "manager").managing(teams).sign();
    }

    static Map<String, Object> opportunity(String hostTeamId, String startsOn, String endsOn) {
        var body = new LinkedHashMap<String, Object>();
        body.put("hostTeamId", hostTeamId);
        body.put("title", "Two weeks on the major incident desk");
        body.put("description", "Join the major incident desk and run bridge calls with a senior analyst.");
        body.put("kind", "CROSS_TRAINING");
        body.put("skills", List.of("communication", "decision-making"));
        body.put("openings", 2);
        body.put("timeCommitmentPercent", 40);
        body.put("startsOn", startsOn);
        body.put("endsOn", endsOn);
        return body;
    }

    static Map<String, Object> opportunity(String hostTeamId) {
        return opportunity(hostTeamId, "2027-03-01", "2027-03-12");
    }
}
