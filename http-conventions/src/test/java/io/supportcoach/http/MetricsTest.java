package io.supportcoach.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Prometheus sees HTTP timings per route template and the connection pool, without a token. */
@QuarkusTest
class MetricsTest {

    @Test
    void routesAreTimedByTemplateAndThePoolIsMeasured() {
        given().auth().oauth2(TestTokens.employee("e-metrics")).get("/widgets/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404);

        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(scrape).containsPattern("(?m)^http_server_requests_seconds_count\\{[^}]*uri=\"/widgets/\\{id\\}\"")
                .doesNotContain("uri=\"/widgets/00000000-0000-4000-8000-000000000000\"")
                .containsPattern("(?m)^agroal_active_count\\{");
    }
}
