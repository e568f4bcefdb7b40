package io.supportcoach.coaching.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static io.supportcoach.testing.SkillsServiceStub.activeSkill;
import static io.supportcoach.testing.SkillsServiceStub.page;
import static io.supportcoach.testing.SkillsServiceStub.retiredSkill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.coaching.AnswersKept;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Skill codes skills-service called active are checked from memory for a while, so registering coaches who hold the
 * same skills asks skills-service once; unknown and retired codes are asked about on every request. The test profile
 * keeps codes for an hour, where the other tests keep none.
 */
@QuarkusTest
@TestProfile(AnswersKept.class)
class ActiveSkillCodesTest {

    private static final RequestPatternBuilder SKILL_LOOKUPS = getRequestedFor(urlPathEqualTo("/skills"));

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void standardAnswersAndAClosedBreaker() {
        skillsService.reset();
        breakers.resetAll();
    }

    @Test
    void codesCalledActiveAreCheckedWithoutACallEvenWhileSkillsServiceFails() {
        String empathy = unique("empathy");
        String patience = unique("patience");
        int before = skillsService.received(SKILL_LOOKUPS);

        register(List.of(empathy, patience)).statusCode(201);
        register(List.of(patience, empathy)).statusCode(201);
        register(List.of(patience)).statusCode(201);
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(before + 1);

        // One code not yet called active: all of them are asked again, in one call.
        String calm = unique("calm");
        register(List.of(empathy, calm)).statusCode(201);
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(before + 2);
        var lookups = skillsService.requests(SKILL_LOOKUPS);
        assertThat(lookups.get(lookups.size() - 1).queryParameter("code").values())
                .containsExactlyInAnyOrder(empathy, calm);

        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST).willReturn(serverError()));
        register(List.of(calm, patience)).statusCode(201);
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(before + 2);
    }

    @Test
    void unknownAndRetiredCodesAreAskedAboutOnEveryRequest() {
        String known = unique("empathy");
        String retired = unique("listening");
        skillsService.server().stubFor(get(urlPathEqualTo("/skills")).atPriority(FIRST)
                .willReturn(okJson(page(activeSkill(known), retiredSkill(retired, known)))));
        int before = skillsService.received(SKILL_LOOKUPS);

        register(List.of(known, "empaty")).statusCode(422).body("code", equalTo("UNKNOWN_SKILL"));
        register(List.of(known, "empaty")).statusCode(422).body("code", equalTo("UNKNOWN_SKILL"));
        register(List.of(known, retired)).statusCode(422).body("code", equalTo("SKILL_RETIRED"));
        register(List.of(known, retired)).statusCode(422).body("code", equalTo("SKILL_RETIRED"));
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(before + 4);

        // The code both answers called active was kept: alone, it needs no call.
        register(List.of(known)).statusCode(201);
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(before + 4);

        // A code once unknown is taken as soon as skills-service knows it (a reset also clears the requests seen).
        skillsService.reset();
        register(List.of(known, "empaty")).statusCode(201);
        assertThat(skillsService.received(SKILL_LOOKUPS)).isEqualTo(1);
    }

    /** A code of one test alone, so that no other test's request has made it known. */
    private static String unique(String skill) {
        return skill + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse register(List<String> skills) {
        var body = new LinkedHashMap<String, Object>();
        body.put("employeeId", "e-" + UUID.randomUUID());
        body.put("displayName", "Priya Raman");
        body.put("skills", skills);
        body.put("capacity", 6);
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType(ContentType.JSON).body(body)
                .post("/coaches").then();
    }
}
