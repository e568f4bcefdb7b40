package io.supportcoach.coaching.programme;

/**
 * Where an enrolment is: INVITED until the employee accepts, ACTIVE while they are coached, then COMPLETED or
 * WITHDRAWN. INVITED and ACTIVE enrolments take a place of the coach's capacity.
 */
public enum EnrolmentStatus {
    INVITED,
    ACTIVE,
    COMPLETED,
    WITHDRAWN
}
