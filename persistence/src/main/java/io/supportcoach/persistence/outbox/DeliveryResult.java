package io.supportcoach.persistence.outbox;

/** What became of one send: delivered, worth retrying later, or never deliverable. */
public record DeliveryResult(Outcome outcome, String error) {

    /** The three ways a send can end. */
    public enum Outcome {
        DELIVERED,
        RETRY,
        PERMANENT_FAILURE
    }

    public static DeliveryResult delivered() {
        return new DeliveryResult(Outcome.DELIVERED, null);
    }

    public static DeliveryResult retry(String error) {
        return new DeliveryResult(Outcome.RETRY, error);
    }

    public static DeliveryResult permanentFailure(String error) {
        return new DeliveryResult(Outcome.PERMANENT_FAILURE, error);
    }

    /**
     * What a callee's HTTP status means for the message. A 400, 403, 404, 410 or 422 says the message itself is
     * refused, and sending it again cannot change that: it is parked for HR at once. Everything else (401 with a
     * token about to be renewed, 408, 409 while an earlier delivery of the key still runs, 429, 5xx) may pass
     * later and is retried with backoff.
     */
    public static DeliveryResult ofHttpStatus(int status, String detail) {
        if (status >= 200 && status < 300) {
            return delivered();
        }
        String error = "HTTP " + status + (detail == null || detail.isBlank() ? "" : ": " + detail);
        return switch (status) {
            case 400, 403, 404, 410, 422 -> permanentFailure(error);
            default -> retry(error);
        };
    }
}
