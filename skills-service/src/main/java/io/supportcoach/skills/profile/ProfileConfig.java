package io.supportcoach.skills.profile;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How evidence ages in a profile. */
@ConfigMapping(prefix = "suite.profile")
public interface ProfileConfig {

    /** After this long, a piece of evidence weighs half as much as on the day it was observed. */
    @WithDefault("P180D")
    Duration halfLife();

    /** Evidence older than this no longer counts at all (env {@code PROFILE_HORIZON}). */
    @WithDefault("P730D")
    Duration horizon();
}
