package io.supportcoach.http.limits;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

/** How many requests a caller may make to the operations of each {@link RateLimited} name. */
@ConfigMapping(prefix = "suite.rate-limits")
public interface RateLimitConfig {

    /**
     * Limits keyed by name, e.g. {@code suite.rate-limits.csv-import.requests=10} and
     * {@code suite.rate-limits.csv-import.per=PT1M}; a name without configuration gets the defaults below.
     */
    @WithParentName
    @WithDefaults
    Map<String, Limit> limits();

    /** At most {@code requests} in any period of {@code per}; a caller who waits gets them back gradually. */
    interface Limit {

        @WithDefault("30")
        @Min(1)
        int requests();

        @WithDefault("PT1M")
        @DurationMin(seconds = 1)
        Duration per();
    }
}
