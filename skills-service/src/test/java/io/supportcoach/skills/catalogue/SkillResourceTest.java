package io.supportcoach.skills.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillResourceTest {

    @Test
    void seededSkillIsReadableByCode() {
        given().auth().oauth2(TestTokens.employee("e-1"))
                .when().get("/skills/active-listening")
                .then().statusCode(200)
                .body("code", equalTo("active-listening"))
                .body("levels.level", hasItem(5));
    }
}
