package io.supportcoach.skills.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager entityManager;

    private static String createSkill(String code) {
        List<Map<String, Object>> levels = new java.util.ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(Map.of("level", level, "name", "L" + level, "indicators", List.of("x")));
        }
        Map<String, Object> body = Map.of("code", code, "name", code, "description", "d", "category", "communication",
                "kind", "SOFT", "status", "ACTIVE", "levels", levels);
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("application/json").body(body).post("/skills")
                .then().statusCode(201);
        return code;
    }

    @Test
    void retirementIsRecordedAndReadableByHrOnly() {
        String old = createSkill("audit-old-" + UUID.randomUUID().toString().substring(0, 6));
        String replacement = createSkill("audit-new-" + UUID.randomUUID().toString().substring(0, 6));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("replacedBy", replacement)).post("/skills/" + old + "/retire").then().statusCode(200);

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("subjectType", "skill").queryParam("subjectId", old)
                .get("/audit-events")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].action", equalTo("SKILL_RETIRED"))
                .body("items[0].actor", equalTo("e-hr"))
                .body("items[0].detail", equalTo("replaced by " + replacement));
        given().auth().oauth2(TestTokens.as("e-boss", "manager").sign()).get("/audit-events").then().statusCode(403);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEvent() {
        String code = createSkill("audit-fixed-" + UUID.randomUUID().toString().substring(0, 6));
        String other = createSkill("audit-other-" + UUID.randomUUID().toString().substring(0, 6));
        given().auth().oauth2(TestTokens.hrAdmin()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("replacedBy", other)).post("/skills/" + code + "/retire").then().statusCode(200);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update audit_event set actor = 'mallory' where subject_id = ?1")
                .setParameter(1, code).executeUpdate())).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from audit_event where subject_id = ?1")
                .setParameter(1, code).executeUpdate())).hasStackTraceContaining("append-only");
        long events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("subjectId", code));
        assertThat(events).isEqualTo(1);
    }
}
