package io.supportcoach.coaching.session;

/**
 * Where a session is: requested by a coachee until the coach confirms or declines it, planned, or ended one of three
 * ways. Only a SCHEDULED session holds anyone's time.
 */
public enum SessionStatus {
    REQUESTED,
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    NO_SHOW,
    DECLINED
}
