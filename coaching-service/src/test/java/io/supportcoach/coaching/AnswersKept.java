package io.supportcoach.coaching;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service as it runs outside tests, keeping what skills-service answered: skill codes called active for an hour
 * and register entries for a day. The other tests keep nothing, so each sees its own stub's answer; the tests of what
 * is kept share this profile, and so one start of the service.
 */
public class AnswersKept implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.cache.caffeine.\"active-skill-codes\".expire-after-write", "PT1H",
                "suite.known-people.trusted-for", "P1D");
    }
}
