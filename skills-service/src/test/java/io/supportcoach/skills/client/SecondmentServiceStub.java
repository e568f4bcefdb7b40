package io.supportcoach.skills.client;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.supportcoach.testing.CalleeStubResource;

/**
 * secondment-service as skills-service's outbox sees it in its tests, held to secondment's committed contract: every
 * reported change to a person is taken, with nothing done about it.
 *
 * <p>The stub is not injected into tests: the test-support resource fills every field of type CalleeStub, which
 * would leave a test with two stubs holding either one. A test reaches this stub through WireMock's admin API at the
 * URL it is configured under ({@code quarkus.rest-client.secondment-service.url}).
 */
public class SecondmentServiceStub extends CalleeStubResource {

    /** The priority of the default answers; a test's stub with a smaller number wins. */
    public static final int DEFAULT = 10;

    /** A change as secondment-service answers it: this person, left, nothing to do here. */
    public static final String NOTHING_DONE = "{\"employeeId\": \"e-stub\", \"change\": \"LEFT\", \"effects\": [], "
            + "\"receivedAt\": \"2026-11-20T10:00:00Z\"}";

    @Override
    protected String callee() {
        return "secondment-service";
    }

    @Override
    protected void stubDefaults(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo("/people-changes")).atPriority(DEFAULT).willReturn(okJson(NOTHING_DONE)));
    }

    @Override
    public void inject(TestInjector testInjector) {
        // Deliberately nothing: see the class comment.
    }
}
