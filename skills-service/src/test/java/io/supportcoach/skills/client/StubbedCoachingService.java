package io.supportcoach.skills.client;

import io.quarkus.test.common.QuarkusTestResource;
import io.supportcoach.testing.CoachingServiceStub;

/**
 * Every test of this service runs against a stub of coaching-service, where the outbox reports people who leave or
 * change team: a test resource applies to the whole module, wherever it is declared.
 */
@QuarkusTestResource(CoachingServiceStub.class)
final class StubbedCoachingService {

    private StubbedCoachingService() {
    }
}
