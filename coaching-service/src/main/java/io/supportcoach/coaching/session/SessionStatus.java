package io.supportcoach.coaching.session;

/** Where a session is: planned, or ended one of three ways. Only a SCHEDULED session holds anyone's time. */
public enum SessionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
