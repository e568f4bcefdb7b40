package io.supportcoach.coaching.session;

/** What kind of coaching a session is; a GROUP session has 2 to 12 coachees, every other kind exactly one. */
public enum SessionKind {
    ONE_TO_ONE,
    ROLE_PLAY,
    CALL_REVIEW,
    GROUP
}
