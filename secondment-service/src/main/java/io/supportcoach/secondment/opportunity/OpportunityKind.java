package io.supportcoach.secondment.opportunity;

/** How a host team takes someone in: full secondment, cross-training alongside the job, or shadowing. */
public enum OpportunityKind {
    SECONDMENT,
    CROSS_TRAINING,
    JOB_SHADOWING;

    /** The query-parameter pattern that accepts exactly these names. */
    static final String PATTERN = "^(SECONDMENT|CROSS_TRAINING|JOB_SHADOWING)$";
}
