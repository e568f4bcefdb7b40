package io.supportcoach.coaching.programme;

import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.programme.Programmes.coach;
import static io.supportcoach.coaching.programme.Programmes.created;
import static io.supportcoach.coaching.programme.Programmes.enrolled;
import static io.supportcoach.coaching.programme.Programmes.person;
import static io.supportcoach.coaching.programme.Programmes.programme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** HR creates and replaces programmes; everyone signed in reads them. */
@QuarkusTest
class ProgrammeResourceTest {

    private static final String HR = TestTokens.hrAdmin();

    @Test
    void aProgrammeIsCreatedReadByAnEmployeeAndReplacedWithItsETag() {
        String coachId = coach(person(), 4);
        var body = programme(List.of(coachId));
        body.put("roleProfileId", "0b9f4a57-3c1e-4f2a-9d3e-1f2a3b4c5d6e");
        Response made = post(HR, null, body);
        made.then().statusCode(201).header("ETag", "\"0\"").body("name", equalTo("Service desk soft skills, spring"))
                .body("coachIds", contains(coachId)).body("curriculum", contains("active-listening", "empathy"))
                .body("sessionsPerParticipant", equalTo(6)).body("roleProfileId", equalTo("0b9f4a57-3c1e-4f2a-9d3e-1f2a3b4c5d6e"))
                .body("createdBy", equalTo("e-hr"));
        String id = made.path("id");
        assertThat(made.header("Location")).endsWith("/programmes/" + id);

        given().auth().oauth2(TestTokens.employee(person())).get("/programmes/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"").body("startsOn", equalTo(body.get("startsOn")));

        String otherCoach = coach(person(), 4);
        body.put("coachIds", List.of(coachId, otherCoach));
        body.put("roleProfileId", null);
        put(id, null, body).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        put(id, "\"7\"", body).then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        put(id, "\"0\"", body).then().statusCode(200).header("ETag", "\"1\"")
                .body("coachIds", contains(coachId, otherCoach)).body("roleProfileId", nullValue());
    }

    @Test
    void onlyHrWritesProgrammes() {
        var body = programme(List.of(coach(person(), 4)));
        post(TestTokens.as(person(), "coach").sign(), null, body).then().statusCode(403);
        post(TestTokens.as(person(), "manager").sign(), null, body).then().statusCode(403);
    }

    @Test
    void coachesMustExistAndBeActiveWhenTheyJoin() {
        String unknown = UUID.randomUUID().toString();
        String inactive = coach(person(), 4);
        deactivate(inactive);
        post(HR, null, programme(List.of(coach(person(), 4), unknown))).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_COACH")).body("errors[0].field", equalTo("coachIds[1]"));
        post(HR, null, programme(List.of(inactive))).then().statusCode(422)
                .body("code", equalTo("COACH_INACTIVE")).body("errors[0].field", equalTo("coachIds[0]"));
    }

    @Test
    void aCoachDeactivatedSinceJoiningMayStayButOneWithCoacheesMayNotLeave() {
        String stays = coach(person(), 4);
        String busy = coach(person(), 4);
        var body = programme(List.of(stays, busy));
        String id = created(List.of(stays, busy));
        enrolled(id, person(), busy);
        deactivate(stays);

        body.put("coachIds", List.of(stays));
        put(id, "\"0\"", body).then().statusCode(409).body("code", equalTo("COACH_HAS_COACHEES"));
        body.put("coachIds", List.of(stays, busy));
        body.put("name", "Renamed");
        put(id, "\"0\"", body).then().statusCode(200).body("name", equalTo("Renamed"));
    }

    @Test
    void datesAndRepeatsAreRefusedBeforeSkillsServiceIsAsked() {
        String coachId = coach(person(), 4);
        var body = programme(List.of(coachId));
        body.put("endsOn", "2020-01-01");
        post(HR, null, body).then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
        var repeated = programme(List.of(coachId, coachId));
        post(HR, null, repeated).then().statusCode(400).body("errors[0].field", equalTo("coachIds[1]"));
        var stalledSent = programme(List.of(coachId));
        stalledSent.put("version", 3);
        post(HR, null, stalledSent).then().statusCode(400);
    }

    @Test
    void aRepeatWithTheSameKeyReplaysTheFirstAnswer() {
        var body = programme(List.of(coach(person(), 4)));
        String key = "programme-" + UUID.randomUUID();
        Response first = post(HR, key, body);
        first.then().statusCode(201);
        Response repeat = post(HR, key, body);
        repeat.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        body.put("name", "Another");
        post(HR, key, body).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void theListPagesByStartAndFiltersByCoach() {
        String coachId = coach(person(), 4);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(created(List.of(coachId)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.as(person(), "coach").sign()).queryParam("coach", coachId)
                    .queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/programmes");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(made);
        given().auth().oauth2(HR).queryParam("coach", "not-a-uuid").get("/programmes").then().statusCode(400);
    }

    private static void deactivate(String coachId) {
        Response coach = given().auth().oauth2(HR).get("/coaches/{id}", coachId);
        Map<String, Object> body = Map.of("employeeId", coach.path("employeeId"), "displayName", "Priya Raman",
                "skills", Programmes.CURRICULUM, "capacity", 4, "active", false);
        given().auth().oauth2(HR).header("If-Match", coach.header("ETag")).contentType(ContentType.JSON).body(body)
                .put("/coaches/{id}", coachId).then().statusCode(200);
    }

    private static Response post(String token, String key, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/programmes");
    }

    private static Response put(String id, String etag, Map<String, Object> body) {
        var request = given().auth().oauth2(HR).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.put("/programmes/{id}", id);
    }
}
