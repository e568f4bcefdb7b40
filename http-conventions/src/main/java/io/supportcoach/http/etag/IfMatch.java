package io.supportcoach.http.etag;

import java.util.Arrays;
import java.util.List;

import io.supportcoach.http.problem.ProblemException;

/**
 * A write's {@code If-Match} header, read once at the edge so that services compare versions, not header
 * text. {@code *} matches any version; a missing header is kept so the service can answer 428.
 */
public final class IfMatch {

    private static final IfMatch ABSENT = new IfMatch(false, List.of());
    private static final IfMatch ANY = new IfMatch(true, List.of());

    private final boolean any;
    private final List<String> tags;

    private IfMatch(boolean any, List<String> tags) {
        this.any = any;
        this.tags = tags;
    }

    /** The header as a client sent it; null or blank when it sent none. */
    public static IfMatch of(String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        if (header.trim().equals("*")) {
            return ANY;
        }
        return new IfMatch(false, Arrays.stream(header.split(",")).map(String::trim).filter(tag -> !tag.isEmpty()).toList());
    }

    /**
     * Checks the version the client must have seen: no header is 428, another version is 412. A race after
     * this check is caught by the entity's version column. Weak tags never match, as RFC 9110 asks of If-Match.
     */
    public void require(long currentVersion) {
        if (!any && tags.isEmpty()) {
            throw new ProblemException(428, "IF_MATCH_REQUIRED", "Precondition required",
                    "Send the ETag you last read in an If-Match header.");
        }
        if (any || tags.contains(Etags.of(currentVersion).toString())) {
            return;
        }
        throw new ProblemException(412, "VERSION_MISMATCH", "Precondition failed",
                "Someone changed this resource since you read it. Read it again and retry with its new ETag.");
    }
}
