package io.supportcoach.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static io.supportcoach.testing.SkillsServiceStub.activeSkill;
import static io.supportcoach.testing.SkillsServiceStub.page;
import static io.supportcoach.testing.SkillsServiceStub.retiredSkill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a service promises when it stores something that names skills of skills-service's catalogue: creating or
 * replacing it asks skills-service (a {@link SkillsServiceStub} that holds both sides to skills-service's contract)
 * whether the skill codes exist and are not retired, in one call with the person's own token; when skills-service
 * cannot answer, the person hears so at once with 503 and Retry-After. A service's {@code @QuarkusTest} extends this
 * and names the collection it stores into. The timeouts and the breaker's delay are the short ones of the service's
 * test profile.
 */
public abstract class SkillCodeCheckContract {

    private static final RequestPatternBuilder SKILL_LOOKUPS = getRequestedFor(urlPathEqualTo("/skills"));
    /** What a replace sets {@link #countField()} to; each service's body starts with another value. */
    private static final int REPLACED_COUNT = 4;

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @ConfigProperty(name = "suite.callee.read-timeout")
    Duration readTimeout;

    @ConfigProperty(name = "quarkus.fault-tolerance.global.circuit-breaker.request-volume-threshold")
    int breakerWindow;

    /** The collection a POST creates in and whose {@code /{id}} a PUT replaces, filtered by {@code skill}. */
    protected abstract String collectionPath();

    /**
     * A valid body naming these skills, for someone or something new each time, so the same body stored twice in
     * two tests never clashes; its {@link #countField()} is not {@value #REPLACED_COUNT}.
     */
    protected abstract Map<String, Object> withSkills(List<String> skills);

    /** A whole-number field of the body, other than the skills, that a replace may change. */
    protected abstract String countField();

    @BeforeEach
    @AfterEach
    void closeTheBreaker() {
        // Each test starts with skills-service in good standing, and leaves it so for the tests of other classes.
        breakers.resetAll();
    }

    @Test
    void allCodesAreAskedInOneCallWithThePersonsOwnToken() {
        String token = TestTokens.hrAdmin();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(withSkills(List.of("patience", "active-listening", "empathy")))
                .post(collectionPath()).then().statusCode(201);

        var lookups = skillsService.requests(SKILL_LOOKUPS);
        assertThat(lookups).hasSize(1);
        assertThat(lookups.get(0).getHeader("Authorization")).isEqualTo("Bearer " + token);
        assertThat(lookups.get(0).queryParameter("code").values())
                .containsExactlyInAnyOrder("patience", "active-listening", "empathy");
    }

    @Test
    void unknownCodeIsRefusedNamingItAndNothingIsStored() {
        // A code of this test alone, so the list by that code shows only what this test stored.
        String known = "empathy-" + UUID.randomUUID().toString().substring(0, 8);
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(okJson(page(activeSkill(known)))));
        var body = withSkills(List.of(known, "empaty"));

        create(body).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_SKILL"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("skills[1]"))
                .body("errors[0].code", equalTo("UNKNOWN_SKILL"))
                .body("errors[0].message", equalTo("no skill has the code 'empaty'"));
        listNaming(known).body("items", hasSize(0));

        // Nothing of the refused body stands in the way of the same body once skills-service knows every code.
        skillsService.reset();
        String id = create(body).statusCode(201).extract().path("id");
        listNaming(known).body("items.id", contains(id));
    }

    @Test
    void retiredCodeIsRefusedWithItsOwnCodeNamingTheReplacement() {
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(okJson(page(activeSkill("empathy"),
                        retiredSkill("phone-manner", "clear-spoken-communication")))));

        create(withSkills(List.of("empathy", "phone-manner"))).statusCode(422)
                .body("code", equalTo("SKILL_RETIRED"))
                .body("errors[0].field", equalTo("skills[1]"))
                .body("errors[0].code", equalTo("SKILL_RETIRED"))
                .body("errors[0].message",
                        equalTo("skill 'phone-manner' is retired; use 'clear-spoken-communication' instead"));
    }

    @Test
    void aSkillRetiredSinceItWasTakenMayStayButNoneIsTakenAnew() {
        var body = withSkills(List.of("empathy", "phone-manner"));
        String id = create(body).statusCode(201).extract().path("id");
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(okJson(page(activeSkill("empathy"), retiredSkill("phone-manner", "patience"),
                        retiredSkill("small-talk", "patience")))));

        body.put(countField(), REPLACED_COUNT);
        replace(id, "\"0\"", body).statusCode(200).body(countField(), equalTo(REPLACED_COUNT));

        body.put("skills", List.of("empathy", "phone-manner", "small-talk"));
        replace(id, "\"1\"", body).statusCode(422)
                .body("code", equalTo("SKILL_RETIRED"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("skills[2]"));
    }

    @Test
    void skillsServiceRefusingConnectionsIs503WithRetryAfterWithinTheTimeout() {
        skillsService.down();

        long started = System.nanoTime();
        create(withSkills(List.of("empathy"))).statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(generousBound());
    }

    @Test
    void slowSkillsServiceIs503WithinAboutTheReadTimeoutAndIsNotRetried() {
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(okJson(page(activeSkill("empathy"))).withFixedDelay((int) readTimeout.toMillis() * 4)));

        long started = System.nanoTime();
        create(withSkills(List.of("empathy"))).statusCode(503)
                .header("Retry-After", "5")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(generousBound());
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(1);
    }

    @Test
    void aServerErrorIs503AndTheNextRequestSucceedsOnceSkillsServiceRecovers() {
        var failing = skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(500, "INTERNAL_ERROR")));
        create(withSkills(List.of("empathy"))).statusCode(503).body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        skillsService.server().removeStub(failing);
        create(withSkills(List.of("empathy"))).statusCode(201);
    }

    @Test
    void a503IsRetriedAndTheRequestSucceeds() {
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .inScenario("briefly unavailable").whenScenarioStateIs(STARTED).willSetStateTo("back")
                .willReturn(CalleeStub.problem(503, "DATABASE_UNAVAILABLE")));

        create(withSkills(List.of("empathy"))).statusCode(201);

        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = { 400, 401, 403, 500 })
    void anyOtherFailingStatusIsNotRetriedAndNeverA500(int status) {
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(status, "STUBBED_FAILURE")));

        create(withSkills(List.of("empathy"))).statusCode(503).body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(1);
    }

    @Test
    void theBreakerOpensAfterEnoughFailuresAndClosesOnceSkillsServiceRecovers() {
        var failing = skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(CalleeStub.problem(500, "INTERNAL_ERROR")));
        for (int call = 0; call < breakerWindow; call++) {
            create(withSkills(List.of("empathy"))).statusCode(503);
        }
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(breakerWindow);

        // Open: the person hears at once, and skills-service is left alone.
        create(withSkills(List.of("empathy"))).statusCode(503)
                .header("Retry-After", "5")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(breakerWindow);

        skillsService.server().removeStub(failing);
        Response recovered = firstAnswerOtherThan503(() -> create(withSkills(List.of("empathy"))).extract().response());
        assertThat(recovered.statusCode()).isEqualTo(201);
        // While it stayed open nothing reached skills-service; then one trial call went through and closed it.
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(breakerWindow + 1);
        create(withSkills(List.of("empathy"))).statusCode(201);
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(breakerWindow + 2);
    }

    @Test
    void aStubbedAnswerTheContractDoesNotAllowFailsTheTest() {
        // A skill without most of its required fields: the service itself reads it tolerantly.
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(okJson("{\"items\": [{\"code\": \"empathy\", \"status\": \"ACTIVE\"}]}")));
        create(withSkills(List.of("empathy"))).statusCode(201);

        assertThatThrownBy(skillsService::assertContractKept).isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /skills?")
                .hasMessageContaining("validation.response.body.schema.required");
        skillsService.reset();
    }

    /** Three read timeouts: the most a refused or slow call may take here, with room for a busy machine. */
    private Duration generousBound() {
        return readTimeout.multipliedBy(3);
    }

    /** Repeats the request until the breaker lets one through; while it is open each answer is an immediate 503. */
    private static Response firstAnswerOtherThan503(Supplier<Response> request) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Response answer = request.get();
        while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
            pause();
            answer = request.get();
        }
        return answer;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ValidatableResponse create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .post(collectionPath()).then();
    }

    private ValidatableResponse replace(String id, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).put(collectionPath() + "/{id}", id).then();
    }

    private ValidatableResponse listNaming(String skill) {
        return given().auth().oauth2(TestTokens.hrAdmin()).queryParam("skill", skill)
                .get(collectionPath()).then().statusCode(200);
    }
}
