package io.supportcoach.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The handle later tests use to crash a service and bring it back: {@link ServiceProcess#kill()} ends it at once
 * (SIGKILL), {@link ServiceProcess#start()} starts it again on the same port and database, with its data there.
 *
 * <p>Cost, measured on a 2-core machine: about 5 s, 4 s of it skills-service starting again; plus the start
 * of the system under test when this class runs first (about 30 s, see {@link KeycloakPathTest}).
 */
@SystemTest
class ServiceRestartTest {

    @Test
    void aKilledServiceStartsAgainOnItsPortWithItsData(RunningSuite suite) {
        ServiceProcess skills = suite.skills();
        String hr = new Oidc(suite.keycloak()).userToken("hr.admin", "hr.admin");
        String person = skills.baseUrl() + "/people/e-restart-" + Settings.randomHex(4);
        Http.Answer created = Http.putJson(person, hr,
                "{\"displayName\":\"Rita Restart\",\"email\":\"rita.restart@example.org\",\"teamId\":\"team-r\","
                        + "\"status\":\"ACTIVE\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        skills.kill();

        assertThat(skills.isAlive()).isFalse();
        assertThat(Http.answers200(skills.baseUrl() + "/q/health/ready")).as("nothing answers on its port").isFalse();

        Duration restarted = skills.start();

        assertThat(skills.isAlive()).isTrue();
        Http.Answer read = Http.get(person, hr);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("displayName").asText()).isEqualTo("Rita Restart");
        System.out.printf("[system-test] skills-service ready again %d ms after SIGKILL%n", restarted.toMillis());
    }
}
