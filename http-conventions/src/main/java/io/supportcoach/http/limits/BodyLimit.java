package io.supportcoach.http.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.supportcoach.http.problem.ProblemClassifier;
import io.supportcoach.http.problem.ProblemResponses;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body announced as larger than 1 MiB with a problem before a byte of it is read. Bodies
 * sent without a length are cut at the same size by {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class BodyLimit {

    public static final long MAX_BODY_BYTES = 1024 * 1024;

    void registerFilter(@Observes Filters filters) {
        filters.register(this::refuseOversizedBody, 900);
    }

    private void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && parse(length) > MAX_BODY_BYTES) {
            ProblemResponses.end(context, ProblemClassifier.payloadTooLarge());
            return;
        }
        context.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
