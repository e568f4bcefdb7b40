package io.supportcoach.coaching.scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.SkillsServiceStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped scenarios, HR writing them, their rubric from skills-service, and sessions that name them. */
@QuarkusTest
class ScenarioResourceTest {

    private static final String HR = TestTokens.hrAdmin();
    private static final String THIRD_OUTAGE = "5ce0a000-0000-4000-8000-000000000001";

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void startAfresh() {
        breakers.resetAll();
        skillsService.reset();
    }

    @Test
    void atLeastTenScenariosShipAndEveryoneReadsThemByTitle() {
        List<String> titles = given().auth().oauth2(TestTokens.employee("e-reader")).queryParam("limit", 200)
                .get("/scenarios").then().statusCode(200).extract().path("items.title");
        assertThat(titles).hasSizeGreaterThanOrEqualTo(10).isSorted()
                .contains("The third outage this week", "Too embarrassed to ask", "The VIP who wants the rules bent");

        given().auth().oauth2(TestTokens.as("e-lead", "manager").managing("team-a").sign())
                .get("/scenarios/{id}", THIRD_OUTAGE).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo("The third outage this week"))
                .body("skills", contains("de-escalation", "active-listening", "calm-under-pressure",
                        "expectation-setting"))
                .body("difficulty", equalTo("INTERMEDIATE"))
                .body("rolePlayerBrief", notNullValue());
        given().auth().oauth2(HR).header("If-None-Match", "\"0\"").get("/scenarios/{id}", THIRD_OUTAGE).then()
                .statusCode(304);
        given().auth().oauth2(HR).get("/scenarios/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void theListFiltersBySkillAndDifficultyAndPagesWithACursor() {
        given().auth().oauth2(HR).queryParam("skill", "decision-making-within-policy").get("/scenarios").then()
                .statusCode(200).body("items.skills", everyItem(hasItem("decision-making-within-policy")))
                .body("items.title", hasItems("The VIP who wants the rules bent", "No during the change freeze"));
        given().auth().oauth2(HR).queryParam("difficulty", "FOUNDATION").get("/scenarios").then()
                .statusCode(200).body("items.difficulty", everyItem(equalTo("FOUNDATION")))
                .body("items.title", hasItem("Too embarrassed to ask"));
        given().auth().oauth2(HR).queryParam("difficulty", "EASY").get("/scenarios").then().statusCode(400)
                .body("errors[0].field", equalTo("difficulty"));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(HR).queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/scenarios").then().statusCode(200).extract();
            walked.addAll(page.path("items.title"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        List<String> all = given().auth().oauth2(HR).queryParam("limit", 200).get("/scenarios").then()
                .extract().path("items.title");
        assertThat(walked).isEqualTo(all).doesNotHaveDuplicates();
    }

    @Test
    void hrWritesAScenarioOnceAndReplacesItWithTheCurrentETag() {
        var body = scenario("Password reset on a Friday evening " + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        var created = given().auth().oauth2(HR).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/scenarios").then().statusCode(201).header("ETag", "\"0\"")
                .body("createdBy", equalTo("e-hr")).body("skills", contains("patience", "follow-up-questions"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/scenarios/" + id);
        given().auth().oauth2(HR).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/scenarios").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        post(HR, body).then().statusCode(409).body("code", equalTo("SCENARIO_TITLE_TAKEN"));

        body.put("difficulty", "ADVANCED");
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).put("/scenarios/{id}", id).then()
                .statusCode(428);
        given().auth().oauth2(HR).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(body)
                .put("/scenarios/{id}", id).then().statusCode(412);
        given().auth().oauth2(HR).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .put("/scenarios/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("difficulty", equalTo("ADVANCED"));
        post(TestTokens.as("e-coach", "coach").sign(), scenario("A coach's own " + UUID.randomUUID())).then()
                .statusCode(403);
    }

    @Test
    void aScenarioIsCheckedBeforeItIsWritten() {
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(SkillsServiceStub.page(SkillsServiceStub.activeSkill("patience")))));
        post(HR, scenario("Unknown skills " + UUID.randomUUID())).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_SKILL")).body("errors[0].field", equalTo("skills[1]"));

        var twice = scenario("Twice the same skill " + UUID.randomUUID());
        twice.put("skills", List.of("patience", "patience"));
        post(HR, twice).then().statusCode(400).body("errors[0].code", equalTo("DUPLICATE"));
        var unknownField = scenario("An id from outside " + UUID.randomUUID());
        unknownField.put("id", UUID.randomUUID().toString());
        post(HR, unknownField).then().statusCode(400);
    }

    @Test
    void theRubricHoldsTheFiveLevelsOfEachSkillFromSkillsService() {
        var deEscalation = withLevels(SkillsServiceStub.activeSkill("de-escalation"), "De-escalation");
        var listening = withLevels(SkillsServiceStub.retiredSkill("active-listening", "empathy"), "Active listening");
        // expectation-setting is left out: the catalogue no longer has it.
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(SkillsServiceStub.page(listening, deEscalation,
                                withLevels(SkillsServiceStub.activeSkill("calm-under-pressure"), "Calm")))));

        given().auth().oauth2(TestTokens.as("e-coach", "coach").sign()).get("/scenarios/{id}/rubric", THIRD_OUTAGE)
                .then().statusCode(200)
                .body("scenarioId", equalTo(THIRD_OUTAGE))
                .body("skills.skill", contains("de-escalation", "active-listening", "calm-under-pressure"))
                .body("skills[0].name", equalTo("De-escalation"))
                .body("skills[0].retired", equalTo(false))
                .body("skills[1].retired", equalTo(true))
                .body("skills[0].levels.level", contains(1, 2, 3, 4, 5))
                .body("skills[0].levels[2].name", equalTo("Level 3"))
                .body("skills[0].levels[2].indicators", contains("De-escalation at level 3"))
                .body("unknownSkills", contains("expectation-setting"));
        assertThat(skillsService.requests(getRequestedFor(urlPathEqualTo("/skills"))).get(0).queryParameter("code").values())
                .containsExactlyInAnyOrder("de-escalation", "active-listening", "calm-under-pressure",
                        "expectation-setting");
    }

    @Test
    void withoutSkillsServiceTheRubricIsA503() {
        skillsService.down();

        given().auth().oauth2(HR).get("/scenarios/{id}/rubric", THIRD_OUTAGE).then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE")).header("Retry-After", notNullValue());
    }

    @Test
    void aRolePlaySessionMustNameAScenarioThatExists() {
        String coachEmployee = "e-" + UUID.randomUUID();
        String coachId = given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", coachEmployee, "displayName", "Priya Raman",
                        "skills", List.of("active-listening"), "capacity", 6))
                .post("/coaches").then().statusCode(201).extract().path("id");
        Instant start = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofHours(9));

        for (String unknown : List.of(UUID.randomUUID().toString(), "angry-caller-third-outage")) {
            rolePlay(coachId, start, unknown).then().statusCode(422).body("code", equalTo("UNKNOWN_SCENARIO"))
                    .body("errors[0].field", equalTo("scenarioId"));
        }
        rolePlay(coachId, start, THIRD_OUTAGE).then().statusCode(201).body("scenarioId", equalTo(THIRD_OUTAGE));
    }

    private static Response rolePlay(String coachId, Instant start, String scenarioId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "ROLE_PLAY");
        body.put("coachId", coachId);
        body.put("coacheeIds", List.of("e-" + UUID.randomUUID()));
        body.put("start", start.toString());
        body.put("end", start.plus(Duration.ofMinutes(45)).toString());
        body.put("timeZone", "UTC");
        body.put("skills", List.of("de-escalation"));
        body.put("scenarioId", scenarioId);
        body.put("location", "Training room");
        return given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post("/coaching-sessions");
    }

    private static Map<String, Object> withLevels(Map<String, Object> skill, String name) {
        var copy = new LinkedHashMap<>(skill);
        copy.put("name", name);
        List<Map<String, Object>> levels = new ArrayList<>();
        // Out of order on purpose: the rubric lists the lowest level first.
        for (int level : new int[] { 5, 1, 2, 3, 4 }) {
            levels.add(Map.of("level", level, "name", "Level " + level,
                    "indicators", List.of(name + " at level " + level)));
        }
        copy.put("levels", levels);
        return copy;
    }

    private static Map<String, Object> scenario(String title) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("situation", "A user cannot sign in before the weekend and the self-service portal is down.");
        body.put("rolePlayerBrief", "Be tired and short-tempered; soften when the agent gives a clear time.");
        body.put("skills", List.of("patience", "follow-up-questions"));
        body.put("difficulty", "FOUNDATION");
        return body;
    }

    private static Response post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/scenarios");
    }
}
