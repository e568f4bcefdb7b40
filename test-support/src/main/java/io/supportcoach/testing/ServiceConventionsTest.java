package io.supportcoach.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every service of the suite shows the same way: it is ready without a token, it serves its committed
 * contract, and Quarkus's own refusals come in the shared problem format. A service's test extends this
 * class once, annotated {@code @QuarkusTest}, and names one collection it serves.
 */
public abstract class ServiceConventionsTest {

    /** A collection the service serves with GET and POST, such as {@code /coaches}. */
    protected abstract String collection();

    @Test
    void readinessIsUpWithoutAToken() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void openApiDocumentIsServedWithoutATokenWithTheProblemSchema() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Problem", notNullValue());
    }

    @Test
    void servedDocumentIsTheCommittedContract() throws Exception {
        OpenApiContract.assertServedDocumentIsTheCommittedOne();
    }

    @Test
    void refusalsByQuarkusItselfAreProblems() {
        ProblemConventions.assertRefusalsAreProblems(collection());
    }
}
