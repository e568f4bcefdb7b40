package io.supportcoach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;

/**
 * Checks every request a service's test sends and every answer it gets against the service's committed
 * contract: an undocumented status, header or field fails the test. A request that breaks the contract is
 * a failure only when the service accepts it (2xx), since tests send invalid input on purpose to see it
 * refused; a path or method the contract does not name is expected to be refused with 404 or 405.
 */
public final class ContractValidation implements OrderedFilter {

    // REST Assured adds a bearer token as it sends, after the filters: the access matrix tests security instead.
    private static final String SECURITY = "validation.request.security";
    private static final Set<String> UNKNOWN_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;

    private ContractValidation(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** A filter for the contract at {@code contract}, read as OpenAPI 3.0, the form the validator reads. */
    public static ContractValidation of(Path contract) {
        try {
            var document = OpenApi30View.of(Yaml.mapper().readTree(Files.readString(contract)));
            return new ContractValidation(OpenApiInteractionValidator
                    .createForInlineApiSpecification(Json.mapper().writeValueAsString(document)).build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + contract, e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getPath();
        // OPTIONS and the /q/ endpoints (health, metrics, the document itself) are no operations of the contract.
        if (path.startsWith("/q/") || "OPTIONS".equals(request.getMethod())) {
            return answer;
        }
        ValidationReport report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
        List<String> broken = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> counts(message.getKey(), answer.statusCode()))
                .filter(message -> !NullableReferences.isNullForANullableReference(message, bodyOf(request),
                        answer.asString()))
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
        if (!broken.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered " + answer.statusCode()
                    + ", which breaks the committed contract:\n  " + String.join("\n  ", broken));
        }
        return answer;
    }

    /** The request body as sent: REST Assured holds it as text or bytes once serialised. */
    private static String bodyOf(FilterableRequestSpecification request) {
        Object body = request.getBody();
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return body == null ? null : body.toString();
    }

    private static boolean counts(String key, int status) {
        if (key.startsWith(SECURITY)) {
            return false;
        }
        if (UNKNOWN_OPERATION.contains(key) || key.startsWith("validation.response.operation")) {
            return status != 404 && status != 405;
        }
        if (key.startsWith("validation.request")) {
            return status < 300;
        }
        return true;
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
