package io.supportcoach.coaching.coach;

import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.coach.CoachBodies.coach;
import static io.supportcoach.coaching.coach.CoachBodies.uniqueEmployeeId;
import static io.supportcoach.coaching.coach.CoachBodies.uniqueSkill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.RestResponse.Status;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Inject
    DataSource dataSource;

    @Test
    void registeredCoachIsStoredAndReadBack() throws SQLException {
        String employeeId = uniqueEmployeeId();
        var created = register(coach(employeeId, List.of("active-listening", "patience")))
                .statusCode(Status.CREATED.getStatusCode())
                .header("ETag", "\"0\"")
                .body("employeeId", equalTo(employeeId))
                .body("active", equalTo(true))
                .body("createdBy", equalTo("e-hr"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/coaches/" + id);

        given().auth().oauth2(TestTokens.employee("e-2"))
                .when().get("/coaches/{id}", id)
                .then().statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("employeeId", equalTo(employeeId))
                .body("displayName", equalTo("Priya Raman"))
                .body("skills", contains("active-listening", "patience"))
                .body("capacity", equalTo(6))
                .body("version", equalTo(0))
                .body("createdAt", equalTo(created.path("createdAt")))
                .body("updatedAt", equalTo(created.path("updatedAt")));

        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select employee_id, skills, capacity, active, created_by from coach where id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("employee_id")).isEqualTo(employeeId);
                Array skills = row.getArray("skills");
                assertThat((Object[]) skills.getArray()).containsExactly("active-listening", "patience");
                assertThat(row.getInt("capacity")).isEqualTo(6);
                assertThat(row.getBoolean("active")).isTrue();
                assertThat(row.getString("created_by")).isEqualTo("e-hr");
            }
        }
    }

    @Test
    void unknownCoachIsNotFound() {
        given().auth().oauth2(TestTokens.employee("e-2"))
                .when().get("/coaches/{id}", UUID.randomUUID())
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void listWalksTwoPagesInEmployeeIdOrder() {
        String skill = uniqueSkill();
        String base = uniqueEmployeeId();
        // Registered out of order, so the list's order is its own and not the order of creation.
        for (String suffix : List.of("-b", "-c", "-a")) {
            register(coach(base + suffix, List.of(skill, "empathy"))).statusCode(Status.CREATED.getStatusCode());
        }

        var first = listCoaches(Map.of("skill", skill, "limit", 2))
                .statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract();
        var second = listCoaches(Map.of("skill", skill, "limit", 2, "cursor", first.path("nextCursor")))
                .statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(1))
                .body("nextCursor", nullValue())
                .extract();

        List<String> seen = new ArrayList<>(first.<List<String>>path("items.employeeId"));
        seen.addAll(second.path("items.employeeId"));
        assertThat(seen).containsExactly(base + "-a", base + "-b", base + "-c");
    }

    @Test
    void skillFilterLeavesOutCoachesOfOtherSkills() {
        String skill = uniqueSkill();
        String coachOfSkill = uniqueEmployeeId();
        register(coach(coachOfSkill, List.of(skill))).statusCode(Status.CREATED.getStatusCode());
        register(coach(uniqueEmployeeId(), List.of(uniqueSkill()))).statusCode(Status.CREATED.getStatusCode());

        listCoaches(Map.of("skill", skill))
                .statusCode(Status.OK.getStatusCode())
                .body("items.employeeId", contains(coachOfSkill));
    }

    @Test
    void limitAboveTheMaximumIsRefused() {
        listCoaches(Map.of("limit", 201))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void cursorOfAnotherFilterIsRefused() {
        String skill = uniqueSkill();
        for (int i = 0; i < 2; i++) {
            register(coach(uniqueEmployeeId(), List.of(skill))).statusCode(Status.CREATED.getStatusCode());
        }
        String cursor = listCoaches(Map.of("skill", skill, "limit", 1)).statusCode(Status.OK.getStatusCode())
                .extract().path("nextCursor");

        listCoaches(Map.of("skill", uniqueSkill(), "cursor", cursor))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("code", equalTo("INVALID_CURSOR"));
        listCoaches(Map.of("skill", skill, "cursor", "x" + cursor))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void currentEtagAnswersNotModified() {
        String id = register(coach(uniqueEmployeeId())).statusCode(Status.CREATED.getStatusCode()).extract().path("id");

        given().auth().oauth2(TestTokens.employee("e-2"))
                .header("If-None-Match", "\"0\"")
                .when().get("/coaches/{id}", id)
                .then().statusCode(Status.NOT_MODIFIED.getStatusCode());
        given().auth().oauth2(TestTokens.employee("e-2"))
                .header("If-None-Match", "\"7\"")
                .when().get("/coaches/{id}", id)
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void replaceUpdatesTheCoachAndItsEtag() {
        String employeeId = uniqueEmployeeId();
        String id = register(coach(employeeId)).statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        var body = coach(employeeId, List.of("leadership"));
        body.put("capacity", 12);
        body.put("active", false);

        replace(id, "\"0\"", body)
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("skills", contains("leadership"))
                .body("capacity", equalTo(12))
                .body("active", equalTo(false))
                .body("version", equalTo(1));
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/coaches/{id}", id)
                .then().statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("capacity", equalTo(12));
    }

    @Test
    void replaceWithoutIfMatchIsRefused() {
        String employeeId = uniqueEmployeeId();
        String id = register(coach(employeeId)).statusCode(Status.CREATED.getStatusCode()).extract().path("id");

        given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.JSON).body(coach(employeeId))
                .when().put("/coaches/{id}", id)
                .then().statusCode(428)
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("IF_MATCH_REQUIRED"));
    }

    @Test
    void replaceWithStaleIfMatchIsRefused() {
        String employeeId = uniqueEmployeeId();
        String id = register(coach(employeeId)).statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        replace(id, "\"0\"", coach(employeeId)).statusCode(Status.OK.getStatusCode());

        var body = coach(employeeId);
        body.put("capacity", 3);
        replace(id, "\"0\"", body)
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("VERSION_MISMATCH"));
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/coaches/{id}", id)
                .then().body("capacity", equalTo(6));
    }

    @Test
    void employeeIdCannotChange() {
        String employeeId = uniqueEmployeeId();
        String id = register(coach(employeeId)).statusCode(Status.CREATED.getStatusCode()).extract().path("id");

        replace(id, "\"0\"", coach(uniqueEmployeeId()))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("employeeId"))
                .body("errors[0].code", equalTo("IMMUTABLE"));
    }

    @Test
    void secondRegistrationOfAnEmployeeIsAConflict() {
        String employeeId = uniqueEmployeeId();
        register(coach(employeeId)).statusCode(Status.CREATED.getStatusCode());

        register(coach(employeeId, List.of("leadership")))
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("COACH_ALREADY_REGISTERED"))
                .body("type", equalTo("/problems/coach-already-registered"))
                .body("status", equalTo(409))
                .body("traceId", notNullValue());
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswer() throws SQLException {
        String employeeId = uniqueEmployeeId();
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = registerWithKey(key, coach(employeeId))
                .statusCode(Status.CREATED.getStatusCode())
                .header(IDEMPOTENT_REPLAYED, nullValue())
                .extract();
        ExtractableResponse<Response> second = registerWithKey(key, coach(employeeId))
                .statusCode(Status.CREATED.getStatusCode())
                .header(IDEMPOTENT_REPLAYED, "true")
                .extract();

        assertThat(second.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(countCoaches(employeeId)).isEqualTo(1);
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        registerWithKey(key, coach(uniqueEmployeeId())).statusCode(Status.CREATED.getStatusCode());

        registerWithKey(key, coach(uniqueEmployeeId()))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void requestWithoutTokenIsUnauthenticated() {
        given().when().get("/coaches")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body(coach(uniqueEmployeeId()))
                .when().post("/coaches")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void employeeCannotRegisterCoaches() throws SQLException {
        String employeeId = uniqueEmployeeId();
        given().auth().oauth2(TestTokens.employee(employeeId))
                .contentType(ContentType.JSON).body(coach(employeeId))
                .when().post("/coaches")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("FORBIDDEN"));
        assertThat(countCoaches(employeeId)).isZero();
    }

    @Test
    void managerCannotReplaceCoaches() {
        String employeeId = uniqueEmployeeId();
        String id = register(coach(employeeId)).statusCode(Status.CREATED.getStatusCode()).extract().path("id");

        given().auth().oauth2(TestTokens.as("e-1", "manager").managing("team-a").sign())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(coach(employeeId))
                .when().put("/coaches/{id}", id)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void unknownFieldIsRefused() {
        var body = coach(uniqueEmployeeId());
        body.put("speciality", "angry callers");

        register(body)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"))
                .body("errors[0].field", equalTo("speciality"));
    }

    @Test
    void serverOwnedFieldIsRefusedByName() {
        var body = coach(uniqueEmployeeId());
        body.put("version", 5);

        register(body)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].code", equalTo("READ_ONLY_FIELD"))
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void invalidFieldsAreReportedOnePerField() {
        var body = coach(uniqueEmployeeId(), List.of("active-listening", "Active Listening"));
        body.put("capacity", 51);
        body.remove("displayName");

        register(body)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("capacity", "displayName", "skills[1]"))
                .body("errors.code", contains("OUT_OF_RANGE", "REQUIRED", "INVALID_FORMAT"));
    }

    @Test
    void skillNamedTwiceIsRefused() {
        register(coach(uniqueEmployeeId(), List.of("empathy", "patience", "empathy")))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].field", equalTo("skills[2]"))
                .body("errors[0].code", equalTo("DUPLICATE"));
    }

    @Test
    void coachWithoutSkillsIsRefused() {
        register(coach(uniqueEmployeeId(), List.of()))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].field", equalTo("skills"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    private static ValidatableResponse register(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.JSON).body(body)
                .when().post("/coaches")
                .then();
    }

    private static ValidatableResponse registerWithKey(String key, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/coaches")
                .then();
    }

    private static ValidatableResponse replace(String id, String ifMatch,
            Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .header("If-Match", ifMatch)
                .contentType(ContentType.JSON).body(body)
                .when().put("/coaches/{id}", id)
                .then();
    }

    private static ValidatableResponse listCoaches(Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.as("e-3", "coach").sign())
                .queryParams(query)
                .when().get("/coaches")
                .then();
    }

    private long countCoaches(String employeeId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from coach where employee_id = ?")) {
            statement.setString(1, employeeId);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
