package io.supportcoach.skills.catalogue;

/** Where a skill is in its life: drafted, in use, or replaced by another. */
public enum SkillStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
