package io.supportcoach.http.etag;

import io.supportcoach.http.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** Strong ETags from resource versions, and the conditional-request rules of RFC 9110. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its ETag, or 304 when the client's {@code If-None-Match} already names it. */
    public static Response okOrNotModified(Request request, Object body, long version) {
        EntityTag tag = of(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(body).tag(tag).build();
    }

    /**
     * Checks a write's {@code If-Match} against the version the client must have seen: missing is
     * 428, another version is 412. A race after this check is caught by the entity's version column.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "IF_MATCH_REQUIRED", "Precondition required",
                    "Send the ETag you last read in an If-Match header.");
        }
        if (ifMatch.trim().equals("*")) {
            return;
        }
        String expected = of(currentVersion).toString();
        for (String candidate : ifMatch.split(",")) {
            if (candidate.trim().equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "VERSION_MISMATCH", "Precondition failed",
                "Someone changed this resource since you read it. Read it again and retry with its new ETag.");
    }
}
