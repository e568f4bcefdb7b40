package io.supportcoach.http.problem;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** How a service names the database constraints that a request can run into. */
@ConfigMapping(prefix = "suite.problems")
public interface ProblemConfig {

    /**
     * Problems keyed by constraint name, e.g. {@code suite.problems.constraints.skill_code_unique.code=SKILL_CODE_TAKEN}.
     * A violated constraint that is not listed answers 409 {@code CONFLICT}.
     */
    Map<String, ConstraintProblem> constraints();

    /** The answer to one violated constraint. */
    interface ConstraintProblem {

        /** The stable problem code. */
        String code();

        /** The sentence the client reads. */
        String detail();

        /** 409 for a clash with existing data; 422 when the request names something that does not exist. */
        @io.smallrye.config.WithDefault("409")
        int status();
    }
}
