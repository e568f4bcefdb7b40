package io.supportcoach.coaching.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.SkillCodeCheckContract;

/**
 * Registering or replacing a coach asks skills-service whether the coach's skill codes exist and are not retired, as
 * {@link SkillCodeCheckContract} tests; a replace may change the coach's capacity.
 */
@QuarkusTest
class SkillCodeCheckTest extends SkillCodeCheckContract {

    @Override
    protected String collectionPath() {
        return "/coaches";
    }

    @Override
    protected Map<String, Object> withSkills(List<String> skills) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", "e-" + UUID.randomUUID());
        body.put("displayName", "Priya Raman");
        body.put("skills", skills);
        body.put("capacity", 6);
        return body;
    }

    @Override
    protected String countField() {
        return "capacity";
    }
}
