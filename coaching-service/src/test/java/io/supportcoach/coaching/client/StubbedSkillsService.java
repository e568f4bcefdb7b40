package io.supportcoach.coaching.client;

import io.quarkus.test.common.QuarkusTestResource;
import io.supportcoach.testing.SkillsServiceStub;

/**
 * Every test of this service runs against a stub of skills-service, which the service asks about the skill codes a
 * coach names: a test resource applies to the whole module, wherever it is declared.
 */
@QuarkusTestResource(SkillsServiceStub.class)
final class StubbedSkillsService {

    private StubbedSkillsService() {
    }
}
