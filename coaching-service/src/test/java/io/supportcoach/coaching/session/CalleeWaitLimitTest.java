package io.supportcoach.coaching.session;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.create;
import static io.supportcoach.coaching.session.Sessions.future;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static io.supportcoach.testing.CalleeStub.FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Only so many request threads wait for other services at once: a booking past the limit is answered 503 with
 * Retry-After without calling skills-service, the waits already under way end as they would have, and the next
 * booking after them is served. Without the limit, a worker pool whose every thread waits for a callee has none left
 * to end those waits, and the service stops answering.
 */
@QuarkusTest
@TestProfile(CalleeWaitLimitTest.TwoWaitingThreads.class)
class CalleeWaitLimitTest {

    public static class TwoWaitingThreads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.callee.max-waiting-threads", "2");
        }
    }

    CalleeStub skillsService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @ConfigProperty(name = "suite.callee.read-timeout")
    Duration readTimeout;

    @AfterEach
    void closeTheBreaker() {
        breakers.resetAll();
    }

    @Test
    void aBookingPastTheLimitIs503WithoutACallAndTheWaitsUnderWayEndAsTheyWould() throws Exception {
        String coachId = coach(person());
        String hr = TestTokens.hrAdmin();
        List<String> slow = List.of(person(), person());
        // Slow but within every timeout: a chunk every half read timeout, two seconds in all, under the deadline.
        Duration answerTime = Duration.ofSeconds(2);
        int chunks = (int) (answerTime.toMillis() / readTimeout.dividedBy(2).toMillis());
        for (String coachee : slow) {
            skillsService.server().stubFor(get(urlPathEqualTo("/people/" + coachee)).atPriority(FIRST)
                    .willReturn(okJson(entry(coachee)).withChunkedDribbleDelay(chunks, (int) answerTime.toMillis())));
        }

        ExecutorService senders = Executors.newFixedThreadPool(slow.size());
        try {
            Future<Response> first = senders.submit(() -> create(hr, oneToOne(coachId, slow.get(0), future(40))));
            Future<Response> second = senders.submit(() -> create(hr, oneToOne(coachId, slow.get(1), future(41))));
            awaitLookupsOf(slow);

            String turnedAway = person();
            create(hr, oneToOne(coachId, turnedAway, future(42))).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));
            assertThat(lookupsOf(turnedAway)).as("calls for the booking past the limit").isZero();

            assertThat(first.get().statusCode()).as("the first waiting booking").isEqualTo(201);
            assertThat(second.get().statusCode()).as("the second waiting booking").isEqualTo(201);
            create(hr, oneToOne(coachId, turnedAway, future(42))).then().statusCode(201);
        } finally {
            senders.shutdownNow();
        }
    }

    /** Both slow lookups have reached the stub, so both bookings hold a waiting thread. */
    private void awaitLookupsOf(List<String> coachees) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (coachees.stream().anyMatch(coachee -> lookupsOf(coachee) == 0)) {
            assertThat(System.nanoTime()).as("both slow lookups reached skills-service").isLessThan(giveUp);
            Thread.sleep(10);
        }
    }

    private int lookupsOf(String coachee) {
        return skillsService.requests(getRequestedFor(urlPathEqualTo("/people/" + coachee))).size();
    }

    private static String entry(String coachee) {
        return "{\"employeeId\": \"" + coachee + "\", \"displayName\": \"Slow Answer\", \"email\": \"slow@example.org\", "
                + "\"teamId\": \"team-slow\", \"status\": \"ACTIVE\", \"version\": 0, "
                + "\"createdAt\": \"2027-01-04T09:00:00Z\", \"createdBy\": \"e-hr\", "
                + "\"updatedAt\": \"2027-01-04T09:00:00Z\", \"updatedBy\": \"e-hr\"}";
    }
}
