package io.supportcoach.http.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * 503 {@code DEPENDENCY_UNAVAILABLE} with {@code Retry-After}: another service this request needs could not give a
 * usable answer in time (down, slow, failing, or left alone by a circuit breaker), so the request is refused rather
 * than left hanging or half done. The callee's own status and problem stay in the log: to the person they mean only
 * that the request cannot be served now.
 */
public class CalleeUnavailable extends ProblemException {

    public static final String CODE = "DEPENDENCY_UNAVAILABLE";

    public CalleeUnavailable(String callee, Duration retryAfter) {
        super(503, CODE, "Service unavailable", callee + ", which this request needs, cannot answer right now. Retry in "
                + seconds(retryAfter) + " seconds.", List.of(), Map.of("Retry-After", Long.toString(seconds(retryAfter))));
    }

    /**
     * Whole seconds, rounded up, since a client retrying on the dot of a rounded-down value is early; 1 to 3600, the
     * range every contract documents for Retry-After.
     */
    private static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.min(3600, Math.max(1, seconds));
    }
}
