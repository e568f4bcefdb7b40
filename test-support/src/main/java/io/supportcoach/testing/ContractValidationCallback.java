package io.supportcoach.testing;

import java.nio.file.Files;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link ContractValidation} in front of every REST Assured call of a service's Quarkus tests, once per
 * test JVM; a module without a committed contract (the shared modules' test app) is left alone.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    private static volatile boolean installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!installed && Files.exists(OpenApiContract.COMMITTED)) {
            synchronized (ContractValidationCallback.class) {
                if (!installed) {
                    RestAssured.filters(ContractValidation.of(OpenApiContract.COMMITTED));
                    installed = true;
                }
            }
        }
    }
}
