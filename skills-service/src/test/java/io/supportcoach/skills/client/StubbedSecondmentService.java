package io.supportcoach.skills.client;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every test of this service runs against a stub of secondment-service, where the outbox reports people who leave or
 * change team: a test resource applies to the whole module, wherever it is declared.
 */
@QuarkusTestResource(SecondmentServiceStub.class)
final class StubbedSecondmentService {

    private StubbedSecondmentService() {
    }
}
