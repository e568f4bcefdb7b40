package io.supportcoach.secondment.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.ProblemConventions;
import org.junit.jupiter.api.Test;

/** This service answers with the shared problem format even where Quarkus itself refuses a request. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void refusalsByQuarkusItselfAreProblems() {
        ProblemConventions.assertRefusalsAreProblems("/opportunities");
    }
}
