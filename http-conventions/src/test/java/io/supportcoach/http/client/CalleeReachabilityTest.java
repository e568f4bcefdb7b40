package io.supportcoach.http.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness reports the database, and names each callee as reachable or not, staying UP when one is down. */
@QuarkusTest
class CalleeReachabilityTest {

    @Test
    void aCalleeThatIsDownIsReportedWithoutMakingTheServiceUnready() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'callees' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'callees' }.data.itself", equalTo("reachable"))
                .body("checks.find { it.name == 'callees' }.data.gone-service", equalTo("unreachable"));
    }
}
