package io.supportcoach.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A database outage, survived: skills-service runs on a PostgreSQL cluster of this test's own, which crashes
 * under it. While it is gone, requests fail fast with 503 DATABASE_UNAVAILABLE and readiness says DOWN; once it
 * is back the same process serves again, without a restart, and nothing written before is lost.
 *
 * <p>Cost, measured on a 2-core machine: about 8 s: a cluster made with initdb, skills-service starting on it,
 * and the outage itself; plus the start of the system under test when this class runs first (about 30 s).
 */
@SystemTest
class DatabaseOutageTest {

    /** About a second (the pool's wait and the driver's connect timeout), with room for a busy machine. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(3);

    @Test
    void skillsServiceAnswers503WhileItsDatabaseIsDownAndServesAgainWhenItIsBack(RunningSuite suite) {
        String hr = new Oidc(suite.keycloak()).userToken("hr.admin", "hr.admin");
        try (PrivatePostgres database = new PrivatePostgres("skills-outage")) {
            database.create("suite", "suite", "skills_outage");
            ServiceProcess skills = suite.another(RunningSuite.SKILLS, "skills-service-outage", Settings.freePort(),
                    Integer.toString(database.port()), "skills_outage");
            try {
                skills.start();
                String person = skills.baseUrl() + "/people/e-outage";
                expect(201, Http.putJson(person, hr, "{\"displayName\":\"Olu Tage\",\"email\":\"olu@example.org\","
                        + "\"teamId\":\"team-o\",\"status\":\"ACTIVE\"}"));

                database.crash();

                long asked = System.nanoTime();
                Http.Answer refused = Http.get(person, hr);
                Duration took = Duration.ofNanos(System.nanoTime() - asked);
                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.json().path("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
                assertThat(refused.header("Retry-After")).isNotBlank();
                assertThat(took).as("failed fast, not hung").isLessThan(FAIL_FAST);
                System.out.printf("[system-test] with its database down, skills-service answered 503 in %d ms%n",
                        took.toMillis());
                assertThat(Http.get(skills.baseUrl() + "/q/health/ready", null).status()).isEqualTo(503);

                database.start();
                Await.until("skills-service ready again on the same process", Duration.ofSeconds(60),
                        () -> Http.answers200(skills.baseUrl() + "/q/health/ready"),
                        () -> skills.isAlive() ? null : "skills-service exited during the outage");

                Http.Answer read = expect(200, Http.get(person, hr));
                assertThat(read.json().path("displayName").asText()).isEqualTo("Olu Tage");
                expect(200, Http.putJson(person, hr, "{\"displayName\":\"Olu Tage\",\"email\":\"olu@example.org\","
                        + "\"teamId\":\"team-p\",\"status\":\"ACTIVE\"}"));
            } finally {
                skills.stop();
            }
        }
    }

    private static Http.Answer expect(int status, Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }
}
