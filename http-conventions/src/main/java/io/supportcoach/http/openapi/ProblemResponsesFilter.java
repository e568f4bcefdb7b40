package io.supportcoach.http.openapi;

import java.util.LinkedHashMap;
import java.util.List;

import io.supportcoach.http.problem.ProblemTypes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation can give by the API guide's rules, so that no resource has to
 * repeat them: 400/401/403/500/503 everywhere, 404 where a path names a resource, 413/415 where there
 * is a body, 412/428 where {@code If-Match} is read. Operations add their own (409, 422) themselves.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/q/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> documentErrors(path, method, operation));
        });
    }

    private void documentErrors(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        completeDeclaredProblems(responses);
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", List.of())));
        add(responses, "400", "Malformed or invalid input.", "VALIDATION_FAILED");
        add(responses, "401", "No valid bearer token.", "UNAUTHENTICATED");
        add(responses, "403", "The caller's role may not use this operation.", "FORBIDDEN");
        if (path.contains("{")) {
            add(responses, "404", "No such resource, or one the caller may not see.", "NOT_FOUND");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than 1 MiB.", "PAYLOAD_TOO_LARGE");
            add(responses, "415", "The body's Content-Type is not accepted.", "UNSUPPORTED_MEDIA_TYPE");
        }
        if (readsIfMatch(operation, method)) {
            add(responses, "412", "The If-Match ETag is stale.", "VERSION_MISMATCH");
            add(responses, "428", "If-Match is missing.", "IF_MATCH_REQUIRED");
        }
        add(responses, "500", "A bug; the trace id helps to find it.", "INTERNAL_ERROR");
        add(responses, "503", "The database or a service it depends on is unavailable; see Retry-After.",
                "DATABASE_UNAVAILABLE");
    }

    /** Operations declare their own problems (409, 422) by media type only; the schema is always the same. */
    private static void completeDeclaredProblems(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().values().forEach(response -> {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            var problem = response.getContent().getMediaTypes().get(ProblemTypes.MEDIA_TYPE);
            if (problem != null && problem.getSchema() == null) {
                problem.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
            }
        });
    }

    private static boolean readsIfMatch(Operation operation, PathItem.HttpMethod method) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
    }

    private static void add(APIResponses responses, String status, String description, String code) {
        var existing = responses.getAPIResponse(status);
        // SmallRye documents 401 and 403 of secured operations itself, without a body; ours replace those.
        if (existing != null && existing.getContent() != null) {
            return;
        }
        // Ordered, so the served document is the same on every start and can be compared with the committed one.
        var example = new LinkedHashMap<String, Object>();
        example.put("type", ProblemTypes.typeOf(code));
        example.put("title", description);
        example.put("status", Integer.parseInt(status));
        example.put("code", code);
        example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemTypes.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                .example(example))));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. `code` is stable and part of the contract.")
                .addProperty("type", text("A stable relative URI derived from the code.", "/problems/not-found"))
                .addProperty("title", text("A short summary of the kind of problem.", "Not found"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(404)))
                .addProperty("detail", text("What went wrong with this request.", "No skill has the code 'x'."))
                .addProperty("instance", text("The path of the request.", "/skills/x"))
                .addProperty("code", text("Stable UPPER_SNAKE code.", "NOT_FOUND"))
                .addProperty("traceId", text("The trace id of the request.", "4bf92f3577b34da6a3ce929d0e0e4736"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("One entry per invalid field (400 only).")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status", "code", "traceId"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text("The JSON path or query parameter.", "levels[2].indicators"))
                .addProperty("code", text("REQUIRED, OUT_OF_RANGE, INVALID_FORMAT, UNKNOWN_FIELD, READ_ONLY_FIELD, ...",
                        "OUT_OF_RANGE"))
                .addProperty("message", text("A sentence for people.", "size must be between 1 and 12"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description)
                .examples(List.of(example));
    }
}
