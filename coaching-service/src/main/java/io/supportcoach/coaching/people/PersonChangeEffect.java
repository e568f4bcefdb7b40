package io.supportcoach.coaching.people;

/** What this service did about a change: a coach who left takes no coachees any more. */
public enum PersonChangeEffect {
    COACH_DEACTIVATED
}
