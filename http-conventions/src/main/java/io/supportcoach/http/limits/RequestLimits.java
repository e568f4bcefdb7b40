package io.supportcoach.http.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.problem.ProblemResponses;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request that is too large before a byte of its body is read, with a problem a client can read:
 * a URI over 8 KiB (414), headers over 16 KiB together (431), a body announced as larger than any operation reads,
 * 16 MiB (413). The limit of each operation, 1 MiB unless its {@link BodyLimit} says more, is {@link BodyLimits}'s
 * to keep, since only the matched operation knows it. The HTTP server's own limits sit at or above these
 * ({@code quarkus.http.limits.*}), so only absurd requests meet its bare answers.
 */
@ApplicationScoped
public class RequestLimits {

    /** What an operation reads unless its {@link BodyLimit} says more. */
    public static final long DEFAULT_BODY_BYTES = 1024 * 1024;
    /** The most any operation reads: {@code quarkus.http.limits.max-body-size}. */
    public static final long SERVER_MAX_BODY_BYTES = 16 * 1024 * 1024;
    static final int MAX_URI_CHARS = 8 * 1024;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    void registerFilter(@Observes Filters filters) {
        filters.register(this::refuseOversized, 900);
    }

    private void refuseOversized(RoutingContext context) {
        ProblemException tooLarge = tooLarge(context);
        if (tooLarge != null) {
            // The header alone leaves the connection open, and the body it was refused for would follow.
            context.addEndHandler(ended -> context.request().connection().close());
            ProblemResponses.end(context, tooLarge);
            return;
        }
        context.next();
    }

    private static ProblemException tooLarge(RoutingContext context) {
        var request = context.request();
        if (request.uri().length() > MAX_URI_CHARS) {
            return new ProblemException(414, "URI_TOO_LONG", "URI too long",
                    "The request URI is longer than the " + MAX_URI_CHARS + " characters this service reads.");
        }
        int headerBytes = 0;
        for (var header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            return new ProblemException(431, "HEADERS_TOO_LARGE", "Request header fields too large",
                    "The request headers are larger than the " + MAX_HEADER_BYTES / 1024 + " KiB this service reads.");
        }
        String length = request.getHeader("Content-Length");
        if (length != null && parse(length) > SERVER_MAX_BODY_BYTES) {
            return new ProblemException(413, "PAYLOAD_TOO_LARGE", "Payload too large", "The request body is "
                    + "larger than the " + SERVER_MAX_BODY_BYTES / (1024 * 1024) + " MiB this service reads on any "
                    + "operation.");
        }
        return null;
    }

    static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
