package io.supportcoach.testing;

import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a {@link CalleeStub} before the tested service and points the service's REST client at it
 * ({@code quarkus.rest-client.<callee>.url}); a test gets the stub in a field of type {@link CalleeStub}. The contract
 * is the callee's committed one, {@code ../<callee>/openapi/openapi.yaml} from the tested module. A subclass names the
 * callee and the answers every test may rely on.
 */
public abstract class CalleeStubResource implements QuarkusTestResourceLifecycleManager {

    private CalleeStub stub;

    /** The callee's module name, which is also its REST client's configuration key. */
    protected abstract String callee();

    /** Stubs what the callee answers when a test says nothing else; a test's own stubs take priority. */
    protected abstract void stubDefaults(WireMockServer server);

    /** WireMock extensions the defaults use. */
    protected Extension[] extensions() {
        return new Extension[0];
    }

    @Override
    public Map<String, String> start() {
        stub = CalleeStub.start(callee(), Path.of("..", callee(), "openapi", "openapi.yaml"), this::stubDefaults,
                extensions());
        return Map.of("quarkus.rest-client." + callee() + ".url", stub.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stub, new TestInjector.MatchesType(CalleeStub.class));
    }

    @Override
    public void stop() {
        stub.shutdown();
    }
}
