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
}
