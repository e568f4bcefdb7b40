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

    /**
     * Every request example of the contract passes the server's checks of a body: sent by HR, it is never a
     * 400 or 415 (an unknown id in the path may still make it a 404, a missing If-Match a 428).
     */
    @Test
    void everyRequestExampleIsOneTheServerAccepts() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        List<String> refused = new ArrayList<>();
        document.<String, Map<String, Object>>getMap("paths").forEach((path, item) -> item.forEach((method, value) -> {
            if (!HTTP_METHODS.contains(method) || !(value instanceof Map<?, ?> operation)
                    || !(operation.get("requestBody") instanceof Map<?, ?> body)
                    || !(body.get("content") instanceof Map<?, ?> content)) {
                return;
            }
            content.forEach((mediaType, media) -> examplesOf((Map<?, ?>) media).forEach(example -> {
                var request = Requests.asHr().contentType(mediaType.toString());
                request = example instanceof String text ? request.body(text) : request.body(example);
                int status = request.request(method.toUpperCase(), path.replaceAll("\\{[^}]+}", EXAMPLE_ID))
                        .statusCode();
                if (status == 400 || status == 415) {
                    refused.add(method.toUpperCase() + " " + path + " " + mediaType + ": " + status);
                }
            }));
        }));
        assertThat(refused).as("request examples the server refuses").isEmpty();
    }

    private static final String EXAMPLE_ID = "00000000-0000-4000-8000-000000000000";

    private static List<Object> examplesOf(Map<?, ?> media) {
        List<Object> examples = new ArrayList<>();
        if (media.get("example") != null) {
            examples.add(media.get("example"));
        }
        if (media.get("examples") instanceof Map<?, ?> named) {
            named.values().forEach(example -> examples.add(((Map<?, ?>) example).get("value")));
        }
        return examples;
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
