package io.supportcoach.secondment.people;

/** What happened to a person in the register: they left, or they moved to another team. */
public enum PersonChangeKind {
    LEFT,
    TEAM_CHANGED
}
