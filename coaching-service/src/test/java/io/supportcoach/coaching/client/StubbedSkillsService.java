package io.supportcoach.coaching.client;

import io.quarkus.test.common.QuarkusTestResource;
import io.supportcoach.testing.RegisterOfPeopleStub;

/**
 * Every test of this service runs against a stub of skills-service, which the service asks about the skill codes a
 * coach names and about the people a session is for: a test resource applies to the whole module, wherever it is
 * declared.
 */
@QuarkusTestResource(RegisterOfPeopleStub.class)
final class StubbedSkillsService {

    private StubbedSkillsService() {
    }
}
