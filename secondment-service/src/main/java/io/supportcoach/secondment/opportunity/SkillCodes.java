package io.supportcoach.secondment.opportunity;

/** The shape of skill codes: lower-case words joined by hyphens, as skills-service hands them out. */
final class SkillCodes {

    static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String MESSAGE = "must be lower-case words joined by hyphens, such as active-listening";

    private SkillCodes() {
    }
}
