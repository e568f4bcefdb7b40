package io.supportcoach.http.client;

import java.time.Duration;

import io.supportcoach.http.problem.CalleeUnavailable;

/**
 * A failed call worth repeating at once: no connection was made, or the callee said it is busy (429) or briefly
 * unavailable (503). Only this failure is retried; a read timeout or another status is not, since repeating it would
 * make the person wait longer for the same answer.
 */
public final class TransientCalleeFailure extends CalleeUnavailable {

    public TransientCalleeFailure(String callee, Duration retryAfter) {
        super(callee, retryAfter);
    }
}
