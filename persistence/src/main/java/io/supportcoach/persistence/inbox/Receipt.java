package io.supportcoach.persistence.inbox;

import java.time.Instant;
import java.util.List;

/** What the first delivery of a key did, by the names of its effects, and when it arrived. */
public record Receipt(List<String> effects, Instant receivedAt) {

    public Receipt {
        effects = List.copyOf(effects);
    }

    /** The effects as the receiving service's own enum, which named them. */
    public <E extends Enum<E>> List<E> effects(Class<E> type) {
        return effects.stream().map(name -> Enum.valueOf(type, name)).toList();
    }
}
