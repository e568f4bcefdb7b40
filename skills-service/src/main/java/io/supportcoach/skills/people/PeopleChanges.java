package io.supportcoach.skills.people;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.supportcoach.persistence.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the services that keep something for a person (a coach's capacity, a seat) when the person leaves or
 * moves team, through the outbox, in the transaction that changes the register.
 */
@ApplicationScoped
public class PeopleChanges {

    /** A person's place in the register before a write. */
    public record Place(String teamId, PersonStatus status) {
    }

    private final Outbox outbox;
    private final List<String> subscribers;

    public PeopleChanges(Outbox outbox,
            @ConfigProperty(name = "suite.people-changes.subscribers") List<String> subscribers) {
        this.outbox = outbox;
        this.subscribers = subscribers;
    }

    /** Enqueues one message per subscriber when the write makes the person leave or changes their team. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void written(String employeeId, Optional<Place> before, PersonRequest after) {
        if (before.isEmpty() || before.get().status() == PersonStatus.LEFT) {
            return;
        }
        Place was = before.get();
        PersonChanged change;
        if (after.status() == PersonStatus.LEFT) {
            change = new PersonChanged(employeeId, PersonChanged.Kind.LEFT, after.teamId(), null, Instant.now());
        } else if (!Objects.equals(was.teamId(), after.teamId())) {
            change = new PersonChanged(employeeId, PersonChanged.Kind.TEAM_CHANGED, after.teamId(), was.teamId(),
                    Instant.now());
        } else {
            return;
        }
        for (String subscriber : subscribers) {
            outbox.enqueue(PersonChanged.AGGREGATE_TYPE, employeeId, PersonChanged.MESSAGE_TYPE, subscriber, change);
        }
    }
}
