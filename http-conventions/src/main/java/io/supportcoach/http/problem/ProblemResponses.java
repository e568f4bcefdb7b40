package io.supportcoach.http.problem;

import io.supportcoach.http.trace.TraceIds;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;

/** Builds the HTTP answer of a problem, from a resource or from a filter that answers before any resource. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemException problem, String path, String traceId) {
        var body = toProblem(problem, path, traceId);
        var response = Response.status(problem.status()).type(ProblemTypes.MEDIA_TYPE).entity(body);
        problem.headers().forEach(response::header);
        return response.build();
    }

    public static Problem toProblem(ProblemException problem, String path, String traceId) {
        return new Problem(ProblemTypes.typeOf(problem.code()), problem.title(), problem.status(),
                problem.getMessage(), path, problem.code(), traceId, problem.errors());
    }

    /** Ends the exchange with the problem; the connection closes, since an unread body may follow. */
    public static void end(RoutingContext context, ProblemException problem) {
        var response = context.response().setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemTypes.MEDIA_TYPE)
                .putHeader("Connection", "close");
        problem.headers().forEach(response::putHeader);
        response.end(Json.encode(toProblem(problem, context.request().path(), TraceIds.of(context))));
    }
}
