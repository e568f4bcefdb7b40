package io.supportcoach.secondment.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.SkillCodeCheckContract;

/**
 * Offering or replacing an opportunity asks skills-service whether the opportunity's skill codes exist and are not
 * retired, as {@link SkillCodeCheckContract} tests; a replace may change the opportunity's openings.
 */
@QuarkusTest
class SkillCodeCheckTest extends SkillCodeCheckContract {

    @Override
    protected String collectionPath() {
        return "/opportunities";
    }

    @Override
    protected Map<String, Object> withSkills(List<String> skills) {
        var body = new LinkedHashMap<String, Object>();
        body.put("hostTeamId", "team-" + UUID.randomUUID());
        body.put("title", "Two weeks on the major incident desk");
        body.put("description", "Join the major incident desk and run bridge calls with a senior analyst.");
        body.put("kind", "CROSS_TRAINING");
        body.put("skills", skills);
        body.put("openings", 2);
        body.put("timeCommitmentPercent", 40);
        body.put("startsOn", "2027-03-01");
        body.put("endsOn", "2027-03-12");
        return body;
    }

    @Override
    protected String countField() {
        return "openings";
    }
}
