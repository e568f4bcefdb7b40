package io.supportcoach.http.trace;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * One request that calls another service is one trace: the callee gets the caller's trace id in its
 * {@code traceparent}, and every log line of both sides names it, whether the trace came with the request or
 * started here. With no collector configured (the default) nothing is recorded, so nothing is exported.
 */
@QuarkusTest
class TracePropagationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_SPAN_ID = "00f067aa0ba902b7";

    @Test
    void aCallToAnotherServiceCarriesTheTraceOfTheRequest() {
        String marker = UUID.randomUUID().toString();

        String received = call(marker, "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01").asString();

        // A span of this service is the callee's parent, and without a collector the trace is not recorded.
        assertThat(received).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-00").doesNotContain(PARENT_SPAN_ID);
        assertThat(TestLog.linesWith(marker)).hasSize(2)
                .allSatisfy(line -> assertThat(line).containsPattern("traceId=" + TRACE_ID + " spanId=[0-9a-f]{16} "));
    }

    @Test
    void aTraceThatStartsHereIsTheOneTheResponseNamesAndTheLogsCarry() {
        String marker = UUID.randomUUID().toString();

        Response response = call(marker, null);

        String traceId = response.header(TraceIds.RESPONSE_HEADER);
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(response.asString()).startsWith("00-" + traceId + "-");
        assertThat(TestLog.linesWith(marker)).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("traceId=" + traceId + " "));
    }

    private static Response call(String marker, String traceparent) {
        var request = given().auth().oauth2(TestTokens.employee("e-traces")).queryParam("marker", marker);
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return request.get("/traced-calls").then().statusCode(200).extract().response();
    }
}
