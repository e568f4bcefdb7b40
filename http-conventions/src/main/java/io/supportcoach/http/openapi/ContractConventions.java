package io.supportcoach.http.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.http.problem.ProblemTypes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes into every contract what the API guide's rules say of every operation, so that no resource has to
 * repeat it: the errors (400/401/403/414/431/500/503 everywhere, 404 where a path names a resource, 413/415 where
 * there is a body, 412/428 where {@code If-Match} is read; operations add their own 409 and 422, and the 429 of
 * a {@code @RateLimited} one), the headers the shared rules send and read with their limits, and how bearer tokens
 * are checked.
 */
public class ContractConventions implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** Marks an array whose items may be null, which an annotation on a record component cannot say. */
    public static final String NULLABLE_ITEMS = "x-nullable-items";
    /**
     * Marks an operation that takes no bearer token ({@code @Extension(name = PUBLIC, value = "true")}), such as a
     * calendar feed whose URL carries its own secret: it gets no security requirement and no 401 or 403.
     */
    public static final String PUBLIC = "x-public";
    /** Ids and codes in paths: employee and team ids and catalogue codes are at most 64 characters. */
    private static final int MAX_PATH_SEGMENT = 64;

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null) {
            return parameter;
        }
        // A filter bound as text for its 400 but documented by its enum: the enum says it all.
        if (schema.getAllOf() != null && schema.getAllOf().size() == 2 && schema.getAllOf().get(0).getRef() != null
                && schema.getAllOf().get(1).getPattern() != null) {
            parameter.setSchema(OASFactory.createSchema().ref(schema.getAllOf().get(0).getRef()));
            return parameter;
        }
        if (parameter.getIn() == Parameter.In.HEADER && IdempotentCreates.KEY_HEADER.equals(parameter.getName())) {
            schema.minLength(1).maxLength(IdempotentCreates.MAX_KEY_LENGTH);
        } else if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equals(parameter.getName())) {
            schema.minLength(1).maxLength(1024);
        } else if (parameter.getIn() == Parameter.In.PATH && isText(schema) && schema.getMaxLength() == null
                && schema.getEnumeration() == null) {
            schema.maxLength(MAX_PATH_SEGMENT);
        }
        return parameter;
    }

    /**
     * Says in valid OpenAPI 3.1 which values may be null. For a nullable property of a named type the generator
     * writes a null type beside an {@code anyOf} of the reference, and the document then shows the reference
     * alone, which a null fails; without the type, the null stays a branch of the {@code anyOf}. Arrays marked {@link #NULLABLE_ITEMS} get items that may be null.
     */
    private static void sayWhatMayBeNull(Schema schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractConventions::sayWhatMayBeNull);
        }
        if (schema.getItems() != null) {
            sayWhatMayBeNull(schema.getItems());
        }
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
        if (nullable && schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(branch -> branch.getRef() != null)) {
            schema.setType(null);
            if (schema.getAnyOf().stream().noneMatch(ContractConventions::isNullType)) {
                schema.addAnyOf(OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL)));
            }
        }
        // An extension of a schema is one of its keywords in OpenAPI 3.1, not one of its extensions.
        if (schema.get(NULLABLE_ITEMS) != null) {
            schema.set(NULLABLE_ITEMS, null);
            Schema items = schema.getItems();
            if (items != null && items.getType() != null && !items.getType().contains(Schema.SchemaType.NULL)) {
                var types = new ArrayList<>(items.getType());
                types.add(Schema.SchemaType.NULL);
                items.setType(types);
            }
        }
    }

    /**
     * Answers carry every field of their record, null or not, so each field of a schema that only answers use
     * is required; the one exception is a page's {@code nextCursor}, absent on the last page. Schemas that a
     * request body reaches keep their own rules, where a field may be left out.
     */
    private static void sayWhatAnswersAlwaysHold(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> sent = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> collectReferences(media.getSchema(), schemas, sent));
                }
            }));
        }
        schemas.forEach((name, schema) -> {
            if (!sent.contains(name) && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(schema.getProperties().keySet().stream()
                        .filter(property -> !"nextCursor".equals(property)).toList());
            }
        });
    }

    private static void collectReferences(Schema schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (found.add(name)) {
                collectReferences(schemas.get(name), schemas, found);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectReferences(property, schemas, found));
        }
        collectReferences(schema.getItems(), schemas, found);
        for (List<Schema> branches : Arrays.asList(schema.getAnyOf(), schema.getAllOf(), schema.getOneOf())) {
            if (branches != null) {
                branches.forEach(branch -> collectReferences(branch, schemas, found));
            }
        }
    }

    private static boolean isNullType(Schema schema) {
        return List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    private static boolean isText(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractConventions::sayWhatMayBeNull);
            sayWhatAnswersAlwaysHold(openAPI);
        }
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the identity provider, checked as RFC8725 advises: RS256 only, signature, "
                        + "issuer, audience, expiry, an issue time not in the future and a lifetime of at most 12 "
                        + "hours. Roles come from `groups`, the employee id from `upn` or `sub`, a manager's teams "
                        + "from `manages`."));
        // Called by HR portals and the suite's own services inside an organisation, never by the public.
        ConfigProvider.getConfig().getOptionalValue("suite.openapi.server-url", String.class)
                .ifPresent(url -> openAPI.servers(List.of(OASFactory.createServer().url(url)
                        .description("A local suite started with ./suite up").addExtension("x-internal", true))));
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
        completeRateLimit(responses);
        completeBodyLimit(responses);
        boolean open = operation.getExtensions() != null && operation.getExtensions().containsKey(PUBLIC);
        operation.setSecurity(open ? List.of()
                : List.of(OASFactory.createSecurityRequirement().addScheme("bearer", List.of())));
        add(responses, "400", "Malformed or invalid input.", "VALIDATION_FAILED");
        if (!open) {
            add(responses, "401", "No valid bearer token.", "UNAUTHENTICATED");
            add(responses, "403", "The caller's role may not use this operation.", "FORBIDDEN");
        }
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
        add(responses, "414", "The URI is longer than 8 KiB.", "URI_TOO_LONG");
        add(responses, "431", "The request headers are larger than 16 KiB.", "HEADERS_TOO_LARGE");
        add(responses, "500", "A bug; the trace id helps to find it.", "INTERNAL_ERROR");
        add(responses, "503", "The database or a service it depends on is unavailable; see Retry-After.",
                "DATABASE_UNAVAILABLE");
        responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(3600))));
        if (takesIdempotencyKey(operation)) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeader(IdempotentCreates.REPLAYED_HEADER, OASFactory.createHeader()
                            .description("`true` when this answer replays the first one given for the same key.")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                    .enumeration(List.of("true"))));
                }
            });
        }
    }

    private static boolean takesIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IdempotentCreates.KEY_HEADER.equals(parameter.getName()));
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

    /**
     * A {@code @RateLimited} operation declares its 429 by description only, next to the annotation; the body and
     * the header are the same on all of them.
     */
    private static void completeRateLimit(APIResponses responses) {
        var tooMany = responses.getAPIResponse("429");
        if (tooMany == null) {
            return;
        }
        if (tooMany.getContent() == null) {
            tooMany.content(problemContent(429, "Too many requests", "RATE_LIMITED"));
        }
        tooMany.addHeader("Retry-After", OASFactory.createHeader()
                .description("Whole seconds until this caller may call the operation again.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.ONE)));
    }

    /** A {@code @BodyLimit} operation declares its 413 by description only, naming its own limit. */
    private static void completeBodyLimit(APIResponses responses) {
        var tooLarge = responses.getAPIResponse("413");
        if (tooLarge != null && tooLarge.getContent() == null) {
            tooLarge.content(problemContent(413, tooLarge.getDescription(), "PAYLOAD_TOO_LARGE"));
        }
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
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(problemContent(Integer.parseInt(status), description, code)));
    }

    private static Content problemContent(int status, String title, String code) {
        // Ordered, so the served document is the same on every start and can be compared with the committed one.
        var example = new LinkedHashMap<String, Object>();
        example.put("type", ProblemTypes.typeOf(code));
        example.put("title", title);
        example.put("status", status);
        example.put("code", code);
        example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        return OASFactory.createContent().addMediaType(ProblemTypes.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. `code` is stable and part of the contract.")
                .addProperty("type", text("A stable relative URI derived from the code.", "/problems/not-found"))
                .addProperty("title", text("A short summary of the kind of problem.", "Not found"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .examples(List.of(404)))
                .addProperty("detail", text("What went wrong with this request.", "No skill has the code 'x'."))
                .addProperty("instance", text("The path of the request.", "/skills/x"))
                .addProperty("code", text("Stable UPPER_SNAKE code.", "NOT_FOUND"))
                .addProperty("traceId", text("The trace id of the request.", "4bf92f3577b34da6a3ce929d0e0e4736"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("One entry per invalid field (400 only).")
                        .maxItems(200)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status", "code", "traceId"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text("The JSON path or query parameter.", "levels[2].indicators"))
                .addProperty("code", text("REQUIRED, OUT_OF_RANGE, INVALID_FORMAT, UNKNOWN_FIELD, READ_ONLY_FIELD, ...",
                        "OUT_OF_RANGE"))
                .addProperty("message", text("A sentence for people.", "size must be between 1 and 12"))
                .addProperty("line", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.ONE).description("The line of an uploaded file the error is on (CSV only)."))
                .required(List.of("field", "code", "message"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(2000).description(description)
                .examples(List.of(example));
    }
}
