package io.supportcoach.http.input;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.problem.ProblemResponses;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a NUL character in the path or a query parameter before any resource reads it: PostgreSQL cannot
 * store one, and no id, code or filter of the suite contains one. JSON bodies are checked as they are read.
 */
@ApplicationScoped
public class NulCharacters {

    void registerFilter(@Observes Filters filters) {
        filters.register(this::refuseNul, 950);
    }

    private void refuseNul(RoutingContext context) {
        String field = fieldWithNul(context);
        if (field != null) {
            ProblemResponses.end(context, ProblemException.invalidField(field, "INVALID_VALUE",
                    "contains a NUL character"));
            return;
        }
        context.next();
    }

    private static String fieldWithNul(RoutingContext context) {
        if (decodedHasNul(context.request().path())) {
            return "path";
        }
        try {
            for (var parameter : context.queryParams()) {
                if (parameter.getKey().indexOf('\u0000') >= 0 || parameter.getValue().indexOf('\u0000') >= 0) {
                    return parameter.getKey().replace("\u0000", "");
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A query string that cannot be decoded is refused by the resource's own parameter binding.
            return null;
        }
        return null;
    }

    private static boolean decodedHasNul(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8).indexOf('\u0000') >= 0;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
