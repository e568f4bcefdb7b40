package io.supportcoach.skills.catalogue;

/** Whether a skill is about working with people or with technology. */
public enum SkillKind {
    SOFT,
    TECHNICAL
}
