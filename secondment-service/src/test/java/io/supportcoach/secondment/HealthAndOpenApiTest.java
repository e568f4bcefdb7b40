package io.supportcoach.secondment;

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
    void openApiDocumentDescribesTheOpportunities() {
        given().accept(ContentType.JSON)
                .when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("secondment-service"))
                .body("paths", hasKey("/opportunities"))
                .body("paths", hasKey("/opportunities/{id}"))
                .body("paths.'/opportunities'.post.responses.'403'.content.'application/problem+json'.examples",
                        hasKey("not your team"))
                .body("paths.'/opportunities/{id}'.put.responses", hasKey("428"))
                .body("components.schemas", hasKey("OpportunityPage"))
                .body("components.schemas.Problem", notNullValue());
    }
}
