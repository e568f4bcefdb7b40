package io.supportcoach.secondment.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheCommittedContract() throws Exception {
        OpenApiContract.assertServedDocumentIsTheCommittedOne();
    }
}
