package io.supportcoach.http.inbox;

import java.util.List;
import java.util.function.Supplier;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.persistence.inbox.Receipt;
import io.supportcoach.persistence.inbox.ReceivedChanges;
import io.supportcoach.persistence.inbox.ReportedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The HTTP side of a change another service reports, such as the register's changes to people: only the one
 * service that owns such changes may report them (403 otherwise), every delivery carries an Idempotency-Key (400
 * without), a key is applied once and for good, a repeat answers what the first delivery did, and a key used
 * before for another change is refused (422). What a change does is the caller's; keeping it is
 * {@link ReceivedChanges}'.
 */
@ApplicationScoped
public class ReportedChanges {

    private final ReceivedChanges receivedChanges;
    private final Caller caller;

    public ReportedChanges(ReceivedChanges receivedChanges, Caller caller) {
        this.receivedChanges = receivedChanges;
        this.caller = caller;
    }

    /**
     * Applies {@code change}, reported by the caller under {@code deliveryKey}, once: {@code apply} runs on the
     * first delivery alone and its effects are kept with the key in {@code table}, whose {@code identity} columns
     * (components of the change) tell one change from another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Receipt receive(String owner, String table, String deliveryKey, Record change,
            Supplier<? extends List<? extends Enum<?>>> apply, String... identity) {
        if (!owner.equals(caller.id())) {
            throw ProblemException.forbidden("Only " + owner + " reports these changes.");
        }
        if (deliveryKey == null || deliveryKey.isBlank()) {
            throw ProblemException.badRequest("IDEMPOTENCY_KEY_REQUIRED",
                    "Send an Idempotency-Key: a change is applied once per key.");
        }
        var reported = ReportedChange.of(table, deliveryKey, caller.id(), change, identity);
        return receivedChanges.receive(reported, apply).orElseThrow(() -> ProblemException
                .unprocessable("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for another change."));
    }
}
