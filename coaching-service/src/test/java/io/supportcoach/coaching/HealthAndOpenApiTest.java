package io.supportcoach.coaching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndOpenApiTest {

    @Test
    void readinessIsUpWithoutAToken() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentDescribesTheCoaches() {
        given().accept(ContentType.JSON)
                .when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("coaching-service"))
                .body("paths", hasKey("/coaches"))
                .body("paths", hasKey("/coaches/{id}"))
                .body("paths.'/coaches'.post.responses", hasKey("409"))
                .body("paths.'/coaches/{id}'.put.responses", hasKey("428"))
                .body("components.schemas", hasKey("CoachPage"))
                .body("components.schemas.Problem", notNullValue());
    }
}
