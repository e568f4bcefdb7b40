package io.supportcoach.http.trace;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Run as in production with a collector: OTEL_EXPORTER_OTLP_ENDPOINT names it, and LOG_JSON=true writes the log as
 * JSON. The caller's sampling decision stands, and each JSON line of a request carries its trace id.
 */
@QuarkusTest
@TestProfile(TraceExportTest.Collected.class)
class TraceExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static class Collected implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // Exported within a tenth of a second of a span's end, not the production five.
            return Map.of("LOG_JSON", "true", "quarkus.otel.bsp.schedule.delay", "100ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeCollector.class));
        }
    }

    @Test
    void aTraceTheCallerSampledIsExportedAndOneItDroppedIsNot() throws InterruptedException {
        String dropped = randomTraceId();
        String sampled = randomTraceId();

        assertThat(call(UUID.randomUUID().toString(), dropped, "00")).endsWith("-00");
        assertThat(call(UUID.randomUUID().toString(), sampled, "01")).endsWith("-01");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!FakeCollector.received(sampled) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(FakeCollector.received(sampled)).as("the sampled trace reached the collector").isTrue();
        assertThat(FakeCollector.receivedFrom("http-conventions")).isTrue();
        // The dropped trace's spans ended first, so they would have gone out with the sampled ones or before.
        assertThat(FakeCollector.received(dropped)).isFalse();
    }

    @Test
    void eachJsonLogLineOfARequestCarriesItsTraceId() throws Exception {
        String marker = UUID.randomUUID().toString();
        String traceId = randomTraceId();

        call(marker, traceId, "01");

        List<String> lines = TestLog.linesWith(marker);
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.path("message").asText()).contains(marker);
            assertThat(entry.path("mdc").path("traceId").asText()).isEqualTo(traceId);
            assertThat(entry.path("mdc").path("spanId").asText()).matches("[0-9a-f]{16}");
        }
    }

    private static String call(String marker, String traceId, String flags) {
        return given().auth().oauth2(TestTokens.employee("e-traces")).queryParam("marker", marker)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-" + flags)
                .get("/traced-calls").then().statusCode(200).extract().asString();
    }

    private static String randomTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
