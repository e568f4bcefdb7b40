package io.supportcoach.coaching.scenario;

/** How hard a scenario is to play well: for newcomers, for agents with some months on the desk, or for the seasoned. */
public enum ScenarioDifficulty {
    FOUNDATION,
    INTERMEDIATE,
    ADVANCED
}
