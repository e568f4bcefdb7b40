package io.supportcoach.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * coaching-service as skills-service's outbox sees it in its tests: every reported change to a person is taken,
 * with nothing done about it. A test about a failing delivery stubs its own answer at a priority below
 * {@link #DEFAULT}.
 */
public class CoachingServiceStub extends CalleeStubResource {

    /** The priority of the default answers; a test's stub with a smaller number wins. */
    public static final int DEFAULT = 10;

    /** A change as coaching-service answers it: this person, left, nothing to do here. */
    public static final String NOTHING_DONE = "{\"employeeId\": \"e-stub\", \"change\": \"LEFT\", \"effects\": [], "
            + "\"receivedAt\": \"2026-11-20T10:00:00Z\"}";

    @Override
    protected String callee() {
        return "coaching-service";
    }

    @Override
    protected void stubDefaults(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo("/people-changes")).atPriority(DEFAULT).willReturn(okJson(NOTHING_DONE)));
    }
}
