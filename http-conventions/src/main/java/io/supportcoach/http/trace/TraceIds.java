package io.supportcoach.http.trace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every request a trace id: the one of its OpenTelemetry span, which takes that of an incoming W3C
 * {@code traceparent} header, so a call between services keeps one id, and which the request's log lines carry.
 * Problems carry it and the response echoes it. Where no span is current, the header's or a fresh one.
 */
@ApplicationScoped
public class TraceIds {

    public static final String RESPONSE_HEADER = "Trace-Id";
    private static final String KEY = TraceIds.class.getName();
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    void registerFilter(@Observes Filters filters) {
        filters.register(this::assignTraceId, 1000);
    }

    private void assignTraceId(RoutingContext context) {
        SpanContext span = Span.current().getSpanContext();
        String traceId = span.isValid()
                ? span.getTraceId()
                : fromTraceparent(context.request().getHeader("traceparent"));
        context.put(KEY, traceId);
        context.response().putHeader(RESPONSE_HEADER, traceId);
        context.next();
    }

    /** The trace id of the request, or a new one when the request never passed the filter. */
    public static String of(RoutingContext context) {
        String traceId = context == null ? null : context.get(KEY);
        return traceId != null ? traceId : newTraceId();
    }

    static String fromTraceparent(String traceparent) {
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.trim());
            if (matcher.matches() && !matcher.group(1).equals("0".repeat(32))) {
                return matcher.group(1);
            }
        }
        return newTraceId();
    }

    private static String newTraceId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
