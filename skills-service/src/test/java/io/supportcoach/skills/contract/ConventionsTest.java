package io.supportcoach.skills.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.ServiceConventionsTest;

@QuarkusTest
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String collection() {
        return "/skills";
    }
}
