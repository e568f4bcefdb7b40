package io.supportcoach.coaching.programme;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How enrolments are judged. */
@ConfigMapping(prefix = "suite.enrolments")
public interface EnrolmentConfig {

    /**
     * How long an ACTIVE enrolment may go without a completed session with its coach before it counts as stalled,
     * from its last completed session, or its acceptance while it has none; env STALLED_AFTER, an ISO-8601 duration.
     */
    @WithDefault("P28D")
    Duration stalledAfter();
}
