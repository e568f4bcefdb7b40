package io.supportcoach.coaching.session;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.session.Sessions.body;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.create;
import static io.supportcoach.coaching.session.Sessions.future;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Booking a session looks each coachee up in skills-service's register of people, with this service's own token,
 * before anything is written: nobody unknown or gone is booked, and when skills-service cannot answer, the person
 * hears so at once.
 */
@QuarkusTest
class CoacheeLookupTest {

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @ConfigProperty(name = "suite.callee.read-timeout")
    Duration readTimeout;

    @ConfigProperty(name = "quarkus.fault-tolerance.global.timeout.value")
    long deadlineMs;

    @BeforeEach
    @AfterEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    @Test
    void aCoacheeTheRegisterDoesNotKnowOrWhoLeftIsRefusedNamingEachAndNothingIsBooked() {
        String coachId = coach(person());
        String known = person();
        String unknown = "unknown." + person();
        String gone = "left." + person() + ".team-desk";

        create(TestTokens.hrAdmin(), body("GROUP", coachId, List.of(known, unknown, gone), future(31),
                Duration.ofHours(1))).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_PERSON"))
                .body("errors.field", contains("coacheeIds[1]", "coacheeIds[2]"))
                .body("errors.code", contains("UNKNOWN_PERSON", "PERSON_LEFT"));
        create(TestTokens.hrAdmin(), oneToOne(coachId, gone, future(31))).then().statusCode(422)
                .body("code", equalTo("PERSON_LEFT")).body("errors[0].field", equalTo("coacheeIds[0]"));

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("coach", coachId).get("/coaching-sessions").then()
                .statusCode(200).body("items", empty());
        create(TestTokens.hrAdmin(), oneToOne(coachId, known, future(31))).then().statusCode(201);
    }

    @Test
    void eachCoacheeIsLookedUpWithThisServicesOwnToken() {
        String coachId = coach(person());
        String coachee = person();
        String token = TestTokens.hrAdmin();

        create(token, oneToOne(coachId, coachee, future(32))).then().statusCode(201);

        var lookups = skillsService.requests(getRequestedFor(urlPathEqualTo("/people/" + coachee)));
        assertThat(lookups).hasSize(1);
        String bearer = lookups.get(0).getHeader("Authorization");
        assertThat(bearer).startsWith("Bearer ").isNotEqualTo("Bearer " + token);
        String claims = new String(Base64.getUrlDecoder().decode(bearer.substring("Bearer ".length()).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"coaching-service\"");
    }

    @Test
    void whenTheRegisterCannotAnswerTheBookingIs503WithRetryAfterAndNothingIsBooked() {
        String coachId = coach(person());
        String coachee = person();
        skillsService.server().stubFor(get(urlPathEqualTo("/people/" + coachee)).atPriority(FIRST)
                .willReturn(CalleeStub.problem(503, "UNAVAILABLE")));

        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(33))).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("coach", coachId).get("/coaching-sessions").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void aRegisterThatAnswersTooSlowlyIsLeftAtTheDeadlineWith503AndNothingIsBooked() {
        String coachId = coach(person());
        String coachee = person();
        Duration deadline = Duration.ofMillis(deadlineMs);
        // A chunk every half read timeout, so the read timeout never fires; all of it takes twice the deadline.
        Duration dribble = deadline.multipliedBy(2);
        int chunks = (int) (dribble.toMillis() / readTimeout.dividedBy(2).toMillis());
        skillsService.server().stubFor(get(urlPathEqualTo("/people/" + coachee)).atPriority(FIRST)
                .willReturn(okJson("{\"employeeId\": \"" + coachee + "\", \"displayName\": \"Slow Answer\", "
                        + "\"email\": \"slow@example.org\", \"teamId\": \"team-slow\", \"status\": \"ACTIVE\", "
                        + "\"version\": 0, \"createdAt\": \"2027-01-04T09:00:00Z\", \"createdBy\": \"e-hr\", "
                        + "\"updatedAt\": \"2027-01-04T09:00:00Z\", \"updatedBy\": \"e-hr\"}")
                        .withChunkedDribbleDelay(chunks, (int) dribble.toMillis())));

        long start = System.nanoTime();
        create(TestTokens.hrAdmin(), oneToOne(coachId, coachee, future(34))).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).as("time to the 503").isGreaterThanOrEqualTo(deadline).isLessThan(dribble);
        assertThat(skillsService.requests(getRequestedFor(urlPathEqualTo("/people/" + coachee))))
                .as("attempts: a call past its deadline is not retried").hasSize(1);
        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("coach", coachId).get("/coaching-sessions").then()
                .statusCode(200).body("items", empty());
    }
}
