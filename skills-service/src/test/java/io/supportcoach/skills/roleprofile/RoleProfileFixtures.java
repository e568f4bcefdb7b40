package io.supportcoach.skills.roleprofile;

import static io.supportcoach.testing.Requests.asHr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.supportcoach.testing.PeopleFixtures;

/** Callers, people, evidence and role profiles for role-profile tests; every test makes its own. */
final class RoleProfileFixtures {

    private RoleProfileFixtures() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueName(String prefix) {
        return prefix + " " + unique();
    }

    static Map<String, Object> target(String skill, int targetLevel, Number weight) {
        var target = new LinkedHashMap<String, Object>();
        target.put("skill", skill);
        target.put("targetLevel", targetLevel);
        if (weight != null) {
            target.put("weight", weight);
        }
        return target;
    }

    static Map<String, Object> roleProfile(String name, List<Map<String, Object>> skills) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("description", "Made by a test to exercise role profiles.");
        body.put("skills", skills);
        return body;
    }

    /** Creates the role profile as HR and answers its id. */
    static String createRoleProfile(String name, List<Map<String, Object>> skills) {
        return asHr().body(roleProfile(name, skills)).post("/role-profiles").then().statusCode(201).extract().path("id");
    }

    static void createPerson(String employeeId, String teamId, String status) {
        PeopleFixtures.register(employeeId, teamId, "Person " + employeeId, status);
    }

    static void createPerson(String employeeId, String teamId) {
        createPerson(employeeId, teamId, "ACTIVE");
    }

    /**
     * Coach observations made just now, one per level given. A single one makes the estimate equal its level;
     * written straight into the table, independent of the evidence endpoint.
     */
    static void recordEvidence(String employeeId, String skillCode, int... levels) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int level : levels) {
                Panache.getEntityManager().createNativeQuery("""
                        insert into evidence (id, employee_id, skill_id, level, source, asserted_by, observed_at, note)
                        values (?1, ?2, (select id from skill where code = ?3), ?4, 'COACH', 'e-coach', now(), 'test')""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, employeeId).setParameter(3, skillCode)
                        .setParameter(4, (short) level).executeUpdate();
            }
        });
    }

    /** An active skill of the catalogue, made for one test. */
    static String createSkill(String prefix) {
        String code = prefix + "-" + unique();
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(Map.of("level", level, "name", "Level " + level, "indicators", List.of("Shows level " + level)));
        }
        asHr().body(Map.of("code", code, "name", "Skill " + code, "description", "Made by a role-profile test.",
                "category", "communication", "kind", "SOFT", "status", "ACTIVE", "levels", levels))
                .post("/skills").then().statusCode(201);
        return code;
    }
}
