package io.supportcoach.coaching.people;

/**
 * What this service did about a change: a coach who left takes no coachees any more, the sessions of someone who
 * left that had not begun are cancelled, and their open enrolments as a coachee are withdrawn; someone who changed
 * team is moved to it in their sessions as a coachee that have not begun.
 */
public enum PersonChangeEffect {
    COACH_DEACTIVATED,
    SESSIONS_CANCELLED,
    ENROLMENTS_WITHDRAWN,
    SESSIONS_MOVED_TO_TEAM
}
