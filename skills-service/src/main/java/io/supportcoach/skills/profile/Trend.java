package io.supportcoach.skills.profile;

/** Where the newest evidence points compared with the evidence before it. */
public enum Trend {
    NEW,
    RISING,
    STEADY,
    FALLING
}
