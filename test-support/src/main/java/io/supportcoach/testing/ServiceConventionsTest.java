package io.supportcoach.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * What every service of the suite shows the same way: it is ready without a token, it serves its committed
 * contract, and Quarkus's own refusals come in the shared problem format. A service's test extends this
 * class once, annotated {@code @QuarkusTest}, and names one collection it serves.
 */
public abstract class ServiceConventionsTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

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

    /** What a client generator needs to name things well: ids, summaries, tag descriptions, servers, contact. */
    @Test
    void everyOperationHasAUniqueVerbNounIdASummaryAndADescribedTag() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> tagDescriptions = new HashMap<>();
        document.<Map<String, Object>>getList("tags")
                .forEach(tag -> tagDescriptions.put((String) tag.get("name"), (String) tag.get("description")));
        List<String> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        document.<String, Map<String, Object>>getMap("paths").forEach((path, item) -> item.forEach(
                (method, value) -> {
                    if (!HTTP_METHODS.contains(method)) {
                        return;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> operation = (Map<String, Object>) value;
                    String where = method.toUpperCase() + " " + path;
                    String id = (String) operation.get("operationId");
                    if (id == null || !id.matches("[a-z]+([A-Z][a-z0-9]*)+")) {
                        problems.add(where + " has no verb-noun operationId: " + id);
                    }
                    ids.add(id);
                    if (operation.get("summary") == null) {
                        problems.add(where + " has no summary");
                    }
                    @SuppressWarnings("unchecked")
                    List<String> tags = (List<String>) operation.getOrDefault("tags", List.of());
                    if (tags.isEmpty() || tags.stream().anyMatch(tag -> tagDescriptions.get(tag) == null)) {
                        problems.add(where + " has no tag with a description: " + tags);
                    }
                }));
        assertThat(problems).isEmpty();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(document.getList("servers.url")).isNotEmpty();
        assertThat(document.getString("info.contact.name")).isNotBlank();
    }

    @Test
    void servedDocumentIsTheCommittedContract() throws Exception {
        OpenApiContract.assertServedDocumentIsTheCommittedOne();
    }

    /** Raise the major version of info.version for a deliberate break; see {@link ContractCompatibility}. */
    @Test
    void contractHasNoBreakingChangeSinceTheLastRelease() {
        ContractCompatibility.assertNoBreakingChange(ContractCompatibility.RELEASED, ContractCompatibility.CURRENT);
    }

    @Test
    void refusalsByQuarkusItselfAreProblems() {
        ProblemConventions.assertRefusalsAreProblems(collection());
    }
}
