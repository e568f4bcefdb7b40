package io.supportcoach.coaching.matching;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coach matching through HTTP, against the database and a skills-service stub that answers the coachee's goals and
 * gaps as its contract says: the ranking of a hand-computed example, who may ask, and skills-service being away.
 */
@QuarkusTest
class CoachMatchResourceTest {

    private static final String HR = TestTokens.hrAdmin();
    private static final String ROLE_PROFILE = "5b0f3c1e-9a4d-4c55-8f0e-2a7f6d1b9c30";
    private static final ObjectMapper JSON = new ObjectMapper();

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void startAfresh() {
        breakers.resetAll();
        skillsService.reset();
    }

    /**
     * The coachee works 09:00-17:00 Monday to Friday in Asia/Tokyo (00:00-08:00 UTC; no daylight saving there or in
     * the coaches' zones, so the week does not matter). Active goals: empathy, de-escalation, calm-under-pressure.
     * Unmet gaps to the role profile, as gap × weight: empathy 1.5 × 2 = 3, active-listening 2 × 1 = 2,
     * de-escalation 1 × 1 = 1, calm-under-pressure 0.5 × 1 = 0.5 (not among the three largest); patience is met.
     * The three largest add up to 6.
     * <pre>
     *        skills                                    places  hours                      goals  gaps         score
     * Ana    de-escalation, empathy                    3 of 4  Tokyo 09-17: 40 of 40      2/3    (3+1)/6      0.4·.667+0.3·.667+0.1·.75+0.2·1  = 0.74
     * Ben    empathy, active-listening, calm-under-p.  1 of 2  UTC 00-04: 20 of 40        2/3    (3+2)/6      0.4·.667+0.3·.833+0.1·.5+0.2·.5  = 0.67
     * Cleo   active-listening                          5 of 5  Bogota 09-17 (14-22 UTC): 0  0/3    2/6          0.4·0+0.3·.333+0.1·1+0.2·0       = 0.20
     * Dan    empathy, de-escalation                    0 of 1  (at capacity: not proposed)
     * </pre>
     * Cleo's withdrawn enrolment frees her place again.
     */
    @Test
    void coachesAreRankedByGoalsGapsHoursAndFreePlaces() {
        String coachee = person();
        String ana = coach("Ana", List.of("de-escalation", "empathy"), 4, "Asia/Tokyo", "09:00", "17:00");
        String ben = coach("Ben", List.of("empathy", "active-listening", "calm-under-pressure"), 2, "UTC", "00:00",
                "04:00");
        String cleo = coach("Cleo", List.of("active-listening"), 5, "America/Bogota", "09:00", "17:00");
        String dan = coach("Dan", List.of("empathy", "de-escalation"), 1, "Asia/Tokyo", "09:00", "17:00");
        String programme = programme(List.of(ana, ben, cleo, dan), ROLE_PROFILE);
        enrol(programme, person(), ana);
        enrol(programme, person(), ben);
        enrol(programme, person(), dan);
        withdraw(enrol(programme, person(), cleo));
        stubGoals(coachee, "empathy", "de-escalation", "calm-under-pressure");
        stubGaps(coachee, List.of(gap("active-listening", 3, 1.0, 2.0, 1.0), gap("calm-under-pressure", 3, 2.5, 0.5, 1.0),
                gap("de-escalation", 3, 2.0, 1.0, 1.0), gap("empathy", 4, 2.5, 1.5, 2.0), gap("patience", 2, 2.5, 0, 1.0)));

        matches(HR, coachee, programme, "Asia/Tokyo").then().statusCode(200)
                .body("coacheeId", equalTo(coachee))
                .body("programmeId", equalTo(programme))
                .body("roleProfileId", equalTo(ROLE_PROFILE))
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("formula", notNullValue())
                .body("items.displayName", contains("Ana", "Ben", "Cleo"))
                .body("items.coachId", contains(ana, ben, cleo))
                .body("items.score", contains(0.74f, 0.67f, 0.2f))
                .body("items[0].parts.goalCoverage", equalTo(0.67f))
                .body("items[0].parts.gapCoverage", equalTo(0.67f))
                .body("items[0].parts.freeCapacity", equalTo(0.75f))
                .body("items[0].parts.hoursOverlap", equalTo(1.0f))
                .body("items[0].reasons", contains(
                        "coaches 2 of the coachee's 3 active goals: empathy, de-escalation",
                        "coaches 2 of the 3 largest gaps to Service desk analyst L1: empathy (gap 1.5), "
                                + "de-escalation (gap 1)",
                        "3 of 4 places free",
                        "40 of 40 working hours a week overlap with Asia/Tokyo"))
                .body("items[1].parts.goalCoverage", equalTo(0.67f))
                .body("items[1].parts.gapCoverage", equalTo(0.83f))
                .body("items[1].parts.freeCapacity", equalTo(0.5f))
                .body("items[1].parts.hoursOverlap", equalTo(0.5f))
                .body("items[1].reasons[3]", equalTo("20 of 40 working hours a week overlap with Asia/Tokyo"))
                .body("items[2].parts.goalCoverage", equalTo(0.0f))
                .body("items[2].parts.gapCoverage", equalTo(0.33f))
                .body("items[2].parts.freeCapacity", equalTo(1.0f))
                .body("items[2].parts.hoursOverlap", equalTo(0.0f))
                .body("items[2].reasons[0]", equalTo("coaches none of the coachee's 3 active goals"))
                .body("items[2].reasons[2]", equalTo("5 of 5 places free"));

        var goals = skillsService.requests(getRequestedFor(urlPathEqualTo("/people/" + coachee + "/goals")));
        assertThat(goals).hasSize(1);
        assertThat(goals.get(0).queryParameter("status").firstValue()).isEqualTo("ACTIVE");
        assertThat(goals.get(0).getHeader("Authorization")).isEqualTo("Bearer " + HR);
        var gaps = skillsService.requests(getRequestedFor(urlPathEqualTo("/people/" + coachee + "/gaps")));
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).queryParameter("roleProfile").firstValue()).isEqualTo(ROLE_PROFILE);
    }

    @Test
    void withoutARoleProfileTheGapsAreLeftOutOfTheScoreAndTheZoneIsUtc() {
        String coachee = person();
        // 09:00-13:00 UTC on weekdays: 20 of the coachee's 40 hours in UTC.
        String mia = coach("Mia", List.of("empathy"), 2, "UTC", "09:00", "13:00");
        String programme = programme(List.of(mia), null);
        stubGoals(coachee, "empathy", "patience");

        // (0.4 × 0.5 + 0.1 × 1 + 0.2 × 0.5) ÷ 0.7 = 0.571...
        matches(TestTokens.employee(coachee), coachee, programme, null).then().statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("roleProfileId", nullValue())
                .body("items.coachId", contains(mia))
                .body("items[0].score", equalTo(0.57f))
                .body("items[0].parts.gapCoverage", nullValue())
                .body("items[0].reasons[1]", equalTo("no role profile to close gaps to"));
        assertThat(skillsService.received(getRequestedFor(urlPathMatching("/people/.*/gaps")))).isZero();
    }

    @Test
    void whenSkillsServiceCannotAnswerMatchingIsA503NotAGuess() {
        String coachee = person();
        String programme = programme(List.of(coach("Noor", List.of("empathy"), 2, "UTC", "09:00", "17:00")),
                ROLE_PROFILE);
        stubGoals(coachee, "empathy");
        skillsService.server().stubFor(get(urlPathEqualTo("/people/" + coachee + "/gaps")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(503, "DATABASE_UNAVAILABLE")));

        matches(HR, coachee, programme, "Europe/Berlin").then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE")).header("Retry-After", notNullValue());

        skillsService.down();
        matches(HR, coachee, programme, "Europe/Berlin").then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE")).header("Retry-After", notNullValue());
    }

    @Test
    void hrTheCoacheeAndTheirManagerMayAskOthersFindNoOne() {
        String coachee = person();
        String programme = programme(List.of(coach("Olu", List.of("empathy"), 2, "UTC", "09:00", "17:00")), null);
        stubGoals(coachee, "empathy");

        matches(TestTokens.employee(coachee), coachee, programme, null).then().statusCode(200);
        matches(TestTokens.employee(person()), coachee, programme, null).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        assertThat(skillsService.received(getRequestedFor(urlPathMatching("/people/.*/goals")))).isOne();

        // This service does not know teams: skills-service decides with the manager's own token.
        String manager = TestTokens.as("e-lead", "manager").managing("team-a").sign();
        matches(manager, coachee, programme, null).then().statusCode(200);
        assertThat(skillsService.requests(getRequestedFor(urlPathMatching("/people/.*/goals"))).get(1)
                .getHeader("Authorization")).isEqualTo("Bearer " + manager);
        String stranger = person();
        skillsService.server().stubFor(get(urlPathEqualTo("/people/" + stranger + "/goals")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(404, "NOT_FOUND")));
        matches(manager, stranger, programme, null).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        matches(HR, stranger, programme, null).then().statusCode(404);

        matches(TestTokens.as("e-coach", "coach").sign(), coachee, programme, null).then().statusCode(403);
    }

    @Test
    void badParametersAndUnknownProgrammesOrRoleProfilesAreRefused() {
        String coachee = person();
        stubGoals(coachee, "empathy");
        matches(HR, coachee, null, "Mars/Olympus_Mons").then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        matches(HR, coachee, "not-a-uuid", null).then().statusCode(400);
        matches(HR, coachee, UUID.randomUUID().toString(), null).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_PROGRAMME")).body("errors[0].field", equalTo("programme"));

        String coach = coach("Pia", List.of("empathy"), 2, "UTC", "09:00", "17:00");
        String unknownToSkillsService = programme(List.of(coach), UUID.randomUUID().toString());
        skillsService.server().stubFor(get(urlPathMatching("/people/.*/gaps")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(422, "UNKNOWN_ROLE_PROFILE")));
        matches(HR, coachee, unknownToSkillsService, null).then().statusCode(422)
                .body("code", equalTo("UNKNOWN_ROLE_PROFILE"));
        assertThat(skillsService.received(getRequestedFor(urlPathMatching("/people/.*/gaps")))).isOne();
    }

    private static Response matches(String token, String coachee, String programme, String timeZone) {
        var request = given().auth().oauth2(token);
        if (programme != null) {
            request.queryParam("programme", programme);
        }
        if (timeZone != null) {
            request.queryParam("timeZone", timeZone);
        }
        return request.get("/coachees/{employeeId}/coach-matches", coachee);
    }

    private static String person() {
        return "e-" + UUID.randomUUID();
    }

    /** A coach working Monday to Friday from {@code from} to {@code to} in {@code zone}; returns the coach's id. */
    private static String coach(String name, List<String> skills, int capacity, String zone, String from, String to) {
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.add(Map.of("day", day, "from", from, "to", to));
        }
        return given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", person(), "displayName", name, "skills", skills, "capacity", capacity,
                        "timeZone", zone, "workingHours", hours))
                .post("/coaches").then().statusCode(201).extract().path("id");
    }

    private static String programme(List<String> coachIds, String roleProfileId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "Service desk soft skills, matching");
        body.put("description", "Coaches matched to first-line agents.");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        body.put("startsOn", today.minusDays(7).toString());
        body.put("endsOn", today.plusDays(80).toString());
        body.put("curriculum", List.of("empathy"));
        body.put("sessionsPerParticipant", 6);
        body.put("coachIds", coachIds);
        body.put("roleProfileId", roleProfileId);
        return given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post("/programmes").then()
                .statusCode(201).extract().path("id");
    }

    /** An INVITED enrolment, which takes a place of the coach; returns its id. */
    private static String enrol(String programme, String employeeId, String coachId) {
        return given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "coachId", coachId))
                .post("/programmes/{id}/enrolments", programme).then().statusCode(201).extract().path("id");
    }

    private static void withdraw(String enrolmentId) {
        String etag = given().auth().oauth2(HR).get("/enrolments/{id}", enrolmentId).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(HR).header("If-Match", etag).contentType(ContentType.JSON)
                .post("/enrolments/{id}/withdraw", enrolmentId).then().statusCode(200);
    }

    /** skills-service answers the coachee's ACTIVE goals, one per skill, in this order. */
    private void stubGoals(String coachee, String... skills) {
        List<Map<String, Object>> goals = new ArrayList<>();
        for (String skill : skills) {
            var goal = new LinkedHashMap<String, Object>();
            goal.put("id", UUID.randomUUID().toString());
            goal.put("employeeId", coachee);
            goal.put("skill", skill);
            goal.put("targetLevel", 4);
            goal.put("dueDate", "2027-09-30");
            goal.put("why", null);
            goal.put("status", "ACTIVE");
            goal.put("baselineLevel", 2.0);
            goal.put("currentLevel", 2.5);
            goal.put("progress", 0.25);
            goal.put("achievedAt", null);
            goal.put("version", 0);
            goal.put("createdAt", "2027-01-04T09:00:00Z");
            goal.put("createdBy", coachee);
            goal.put("updatedAt", "2027-01-04T09:00:00Z");
            goal.put("updatedBy", coachee);
            goals.add(goal);
        }
        skillsService.server().stubFor(get(urlPathEqualTo("/people/" + coachee + "/goals")).atPriority(FIRST)
                .willReturn(okJson(json(Map.of("items", goals)))));
    }

    private void stubGaps(String coachee, List<Map<String, Object>> items) {
        var gaps = new LinkedHashMap<String, Object>();
        gaps.put("employeeId", coachee);
        gaps.put("roleProfile", Map.of("id", ROLE_PROFILE, "name", "Service desk analyst L1"));
        gaps.put("asOf", "2027-03-01T09:00:00Z");
        gaps.put("match", 61.5);
        gaps.put("formula", "as skills-service computes it");
        gaps.put("items", items);
        skillsService.server().stubFor(get(urlPathEqualTo("/people/" + coachee + "/gaps")).atPriority(FIRST)
                .willReturn(okJson(json(gaps))));
    }

    private static Map<String, Object> gap(String skill, int target, double current, double gap, double weight) {
        var item = new LinkedHashMap<String, Object>();
        item.put("skill", skill);
        item.put("name", skill);
        item.put("targetLevel", target);
        item.put("currentLevel", current);
        item.put("confidence", 0.5);
        item.put("gap", gap);
        item.put("weight", weight);
        item.put("met", gap == 0);
        return item;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings, numbers and lists always serialise", e);
        }
    }
}
