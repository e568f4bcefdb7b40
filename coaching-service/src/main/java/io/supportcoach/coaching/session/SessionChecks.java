package io.supportcoach.coaching.session;

import io.supportcoach.http.client.SkillCodeCheck;

/**
 * What skills-service says of a new session, asked before its transaction begins, so no database connection waits on
 * another service: its skills in focus and its coachees.
 */
record SessionChecks(SkillCodeCheck skills, CoacheeRegister coachees) {
}
