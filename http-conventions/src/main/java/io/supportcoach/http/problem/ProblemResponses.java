package io.supportcoach.http.problem;

import jakarta.ws.rs.core.Response;

/** Builds the HTTP answer of a problem. */
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
}
