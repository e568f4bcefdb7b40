package io.supportcoach.skills.client;

import java.time.ZoneOffset;
import java.util.Set;

import io.supportcoach.http.client.CalleeGuard;
import io.supportcoach.http.client.Callees;
import io.supportcoach.identity.ServiceTokens;
import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.skills.client.coaching.api.ApiException;
import io.supportcoach.skills.client.coaching.api.PeopleChangesApi;
import io.supportcoach.skills.client.coaching.model.PersonChangeKind;
import io.supportcoach.skills.client.coaching.model.PersonChangeRequest;
import io.supportcoach.skills.people.PersonChanged;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one way this service calls coaching-service: a REST client generated from coaching-service's committed
 * contract, with the suite's timeouts, this service's own token (the calls are outbox deliveries, made on nobody's
 * behalf, often long after the person who caused them has gone) and a circuit breaker named after the callee.
 *
 * <p>An answer is returned as what it means for the message; no answer at all (down, slow, 5xx, 429) is thrown,
 * so the breaker counts it and, once open, spares coaching-service the relay's attempts for a while.
 */
@ApplicationScoped
public class CoachingServiceClient {

    static final String CALLEE = "coaching-service";

    private final Callees callees;
    private final ServiceTokens tokens;
    private final CalleeGuard guard;
    private final PeopleChangesApi peopleChanges;

    public CoachingServiceClient(Callees callees, ServiceTokens tokens, CalleeGuard guard) {
        this.callees = callees;
        this.tokens = tokens;
        this.guard = guard;
        this.peopleChanges = callees.client(PeopleChangesApi.class, CALLEE, tokens::bearer);
    }

    /** Reports a change to a person, under the message's idempotency key. */
    public DeliveryResult reportPersonChange(String idempotencyKey, PersonChanged change) {
        var request = new PersonChangeRequest()
                .employeeId(change.employeeId())
                .change(PersonChangeKind.fromValue(change.change().name()))
                .teamId(change.teamId())
                .previousTeamId(change.previousTeamId())
                .changedAt(change.changedAt().atOffset(ZoneOffset.UTC));
        return guard.counted(CALLEE, () -> {
            try {
                peopleChanges.reportPersonChange(request, idempotencyKey);
                return DeliveryResult.delivered();
            } catch (ApiException refused) {
                return callees.deliveryAnswer(CALLEE, refused.getResponse(), tokens, Set.of());
            } catch (RuntimeException failed) {
                throw callees.failure(CALLEE, failed);
            }
        });
    }
}
