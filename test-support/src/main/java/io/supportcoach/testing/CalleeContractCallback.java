package io.supportcoach.testing;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * After every Quarkus test: fails the test when an exchange with a {@link CalleeStub} broke the callee's contract, and
 * puts each stub back to its defaults, so no test's answers or requests leak into the next test.
 */
public class CalleeContractCallback implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        for (CalleeStub stub : CalleeStub.running()) {
            try {
                stub.assertContractKept();
            } finally {
                stub.reset();
            }
        }
    }
}
