package io.supportcoach.coaching.people;

/**
 * What this service did about a change: a coach who left takes no coachees any more, and the sessions of someone who
 * left that had not begun are cancelled.
 */
public enum PersonChangeEffect {
    COACH_DEACTIVATED,
    SESSIONS_CANCELLED
}
