package io.supportcoach.skills.people;

/** Whether a person still works for the organisation. */
public enum PersonStatus {
    ACTIVE,
    LEFT
}
