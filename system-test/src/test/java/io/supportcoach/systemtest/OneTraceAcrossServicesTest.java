package io.supportcoach.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.supportcoach.systemtest.OtlpCollector.Span;
import org.junit.jupiter.api.Test;

/**
 * One portal request that fans out is one trace across the real processes. HR registers a coach in coaching-service,
 * which checks the coach's skill codes in skills-service's catalogue while HR waits. The request comes with a W3C
 * {@code traceparent} the test chose, as a portal's would, sampled: both services export their spans under that
 * trace id, skills-service's span hangs under coaching-service's call, and each service's log line of the request
 * names the trace and its own span.
 *
 * <p>Cost, measured on a 2-core machine: 0.3 s once the services have served a request, 3 s as their first; the
 * spans arrive about 250 ms after the answer, with the services' next export (every 200 ms here).
 */
@SystemTest
class OneTraceAcrossServicesTest {

    /** The portal's span, the parent its traceparent names. */
    private static final String PORTAL_SPAN_ID = "00f067aa0ba902b7";

    @Test
    void aCoachRegisteredFromThePortalIsOneTraceThroughCoachingAndSkillsService(RunningSuite suite) {
        String traceId = Settings.randomHex(16);
        String hr = new Oidc(suite.keycloak()).userToken("hr.admin", "hr.admin");
        String employeeId = "e-traced-" + Settings.randomHex(4);
        // A skill no other system test names: coaching-service asks about a code only when it has not lately heard
        // that the code is active, and the suite's processes serve every test class.
        String skill = "knowledge-sharing";

        Http.Answer registered = Http.sendJson("POST", suite.coaching().baseUrl() + "/coaches", hr, "{\"employeeId\":\""
                + employeeId + "\",\"displayName\":\"Tracy Trace\",\"skills\":[\"" + skill + "\"],\"capacity\":2}",
                Map.of("traceparent", "00-" + traceId + "-" + PORTAL_SPAN_ID + "-01"));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.header("Trace-Id")).isEqualTo(traceId);
        OtlpCollector collector = suite.collector();
        Await.until("the server spans of both services in trace " + traceId, Duration.ofSeconds(15),
                () -> serverSpans(collector.spansOf(traceId)).containsAll(Set.of(RunningSuite.COACHING,
                        RunningSuite.SKILLS)),
                () -> null);

        List<Span> trace = collector.spansOf(traceId);
        Span request = serverSpan(trace, RunningSuite.COACHING);
        Span lookup = serverSpan(trace, RunningSuite.SKILLS);
        assertThat(request.name()).isEqualTo("POST /coaches");
        assertThat(request.parentSpanId()).as("the portal's span is the request's parent").isEqualTo(PORTAL_SPAN_ID);
        assertThat(lookup.name()).isEqualTo("GET /skills");
        assertThat(trace).as("skills-service's parent, the call coaching-service made while serving the request")
                .filteredOn(span -> span.spanId().equals(lookup.parentSpanId())).singleElement()
                .satisfies(call -> {
                    assertThat(call.service()).isEqualTo(RunningSuite.COACHING);
                    assertThat(call.kind()).isEqualTo(OtlpCollector.CLIENT);
                    assertThat(call.parentSpanId()).isEqualTo(request.spanId());
                });
        Set<String> parents = Stream.concat(trace.stream().map(Span::spanId), Stream.of(PORTAL_SPAN_ID))
                .collect(Collectors.toSet());
        assertThat(trace).as("one connected trace: every span's parent is the portal's or one of the trace's")
                .allSatisfy(span -> assertThat(span.parentSpanId()).isIn(parents));

        assertThat(linesWith(suite.coaching(), "traceId=" + traceId)).as("coaching-service's log of the request")
                .anySatisfy(line -> assertThat(line).contains("spanId=" + request.spanId())
                        .contains("\"POST /coaches HTTP/1.1\" 201"));
        assertThat(linesWith(suite.skills(), "traceId=" + traceId)).as("skills-service's log of the request")
                .anySatisfy(line -> assertThat(line).contains("spanId=" + lookup.spanId())
                        .contains("\"GET /skills?code=" + skill));
    }

    /** The services that have sent a server span of the trace. */
    private static Set<String> serverSpans(List<Span> trace) {
        return trace.stream().filter(span -> span.kind() == OtlpCollector.SERVER).map(Span::service)
                .collect(Collectors.toSet());
    }

    /** The one server span of the service in the trace: one request, no retry. */
    private static Span serverSpan(List<Span> trace, String service) {
        List<Span> spans = trace.stream()
                .filter(span -> span.service().equals(service) && span.kind() == OtlpCollector.SERVER).toList();
        assertThat(spans).as("%s's server spans in %s", service, trace).hasSize(1);
        return spans.get(0);
    }

    /** The lines of the service's log that contain {@code text}. */
    private static List<String> linesWith(ServiceProcess service, String text) {
        try {
            return Files.readAllLines(service.logFile(), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + service.logFile(), e);
        }
    }
}
