package io.supportcoach.coaching.coach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for coach tests, as plain maps so a test can add a field the API does not know. */
final class CoachBodies {

    private CoachBodies() {
    }

    /** An employee id no other test uses, so tests never see each other's coaches. */
    static String uniqueEmployeeId() {
        return "e-" + UUID.randomUUID();
    }

    /** A skill code no other test uses, so a filtered list holds only this test's coaches. */
    static String uniqueSkill() {
        return "skill-" + UUID.randomUUID().toString().replace("-", "");
    }

    static Map<String, Object> coach(String employeeId, List<String> skills) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", employeeId);
        body.put("displayName", "Priya Raman");
        body.put("skills", skills);
        body.put("capacity", 6);
        return body;
    }

    static Map<String, Object> coach(String employeeId) {
        return coach(employeeId, List.of("active-listening", "empathy"));
    }
}
