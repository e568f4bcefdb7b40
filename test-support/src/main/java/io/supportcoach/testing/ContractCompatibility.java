package io.supportcoach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate of a service's contract: what a client built against the released contract
 * ({@code openapi/released/openapi.yaml}) relies on must still hold in the current one
 * ({@code openapi/openapi.yaml}), unless the major version in {@code info.version} moved up (0.x to 1.0.0
 * counts). {@code ./suite release-contracts} copies each current contract to its released baseline.
 *
 * <p>openapi-diff decides what is incompatible (removed operation or response, new required parameter or
 * request field, retyped field, narrowed constraints...), with one rule added: a response field that is
 * gone breaks clients even when it was optional, which openapi-diff counts as compatible. New operations,
 * new optional parameters and request fields, and new response fields are compatible.
 */
public final class ContractCompatibility {

    /** The committed contract of a service, relative to its module directory. */
    public static final Path CURRENT = OpenApiContract.COMMITTED;
    /** The contract of the last release, relative to the module directory. */
    public static final Path RELEASED = Path.of("openapi", "released", "openapi.yaml");

    private static final Pattern MAJOR = Pattern.compile("^[vV]?(\\d{1,9})");
    private static final int MAX_LISTED = 60;

    private ContractCompatibility() {
    }

    /**
     * Fails with the list of breaking changes from {@code released} to {@code current}, unless there are none
     * or the major version of {@code current} is higher.
     */
    public static void assertNoBreakingChange(Path released, Path current) {
        Comparison comparison = compare(released, current);
        if (comparison.breakingChanges().isEmpty() || comparison.majorVersionMoved()) {
            return;
        }
        throw new AssertionError(comparison.describe());
    }

    /** Compares two contracts; fails when either is missing or is no OpenAPI document. */
    public static Comparison compare(Path released, Path current) {
        if (!Files.isRegularFile(released)) {
            throw new AssertionError("there is no released contract at " + released.toAbsolutePath()
                    + "; run ./suite release-contracts to make the current contract the baseline");
        }
        JsonNode releasedTree = read(released);
        JsonNode currentTree = read(current);
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(parse(released, releasedTree),
                parse(current, currentTree));
        List<String> breaking = new BreakingChanges().of(diff);
        if (breaking.isEmpty() && diff.isIncompatible()) {
            // openapi-diff found something this class does not itemise: show its own report.
            breaking = List.of("openapi-diff reports an incompatible change:\n" + new MarkdownRender().render(diff));
        }
        return new Comparison(released, current, releasedTree.path("info").path("version").asText(null),
                currentTree.path("info").path("version").asText(null), breaking);
    }

    /**
     * What changed incompatibly between two contracts, and their {@code info.version}s.
     *
     * @param breakingChanges one readable line per breaking change, such as
     *        {@code GET /coaches/{id} response 200 application/json: field `capacity` removed}
     */
    public record Comparison(Path released, Path current, String releasedVersion, String currentVersion,
            List<String> breakingChanges) {

        /** Whether the major version of the current contract is higher than the released one's. */
        public boolean majorVersionMoved() {
            OptionalInt from = major(releasedVersion);
            OptionalInt to = major(currentVersion);
            return from.isPresent() && to.isPresent() && to.getAsInt() > from.getAsInt();
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            text.append(breakingChanges.size())
                    .append(breakingChanges.size() == 1 ? " breaking change" : " breaking changes")
                    .append(" in ").append(current.toAbsolutePath())
                    .append("\n  since the released ").append(released.toAbsolutePath())
                    .append("\n  (info.version ").append(releasedVersion).append(" -> ").append(currentVersion)
                    .append("):\n");
            breakingChanges.stream().limit(MAX_LISTED).forEach(line -> text.append("  - ").append(line).append('\n'));
            if (breakingChanges.size() > MAX_LISTED) {
                text.append("  ... and ").append(breakingChanges.size() - MAX_LISTED).append(" more\n");
            }
            OptionalInt major = major(releasedVersion);
            text.append("Keep the contract compatible (make new fields and parameters optional, keep what clients")
                    .append(" read), or, for a deliberate break, raise the major version of info.version")
                    .append(major.isPresent() ? " to " + (major.getAsInt() + 1) + ".0.0" : "")
                    .append(" (quarkus.smallrye-openapi.info-version)")
                    .append(" and run ./suite release-contracts when it is released.");
            return text.toString();
        }
    }

    static OptionalInt major(String version) {
        if (version == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = MAJOR.matcher(version.trim());
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode tree = Yaml.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (tree == null || !tree.isObject()) {
                throw new AssertionError(file.toAbsolutePath() + " is no OpenAPI document");
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    private static OpenAPI parse(Path file, JsonNode tree) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String json;
        try {
            json = Json.mapper().writeValueAsString(OpenApi30View.of(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        if (result.getOpenAPI() == null) {
            throw new AssertionError(file.toAbsolutePath() + " is no OpenAPI document: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** Walks openapi-diff's tree of changes and names each incompatible one with where it is. */
    private static final class BreakingChanges {

        private final Set<String> found = new LinkedHashSet<>();
        /** The schemas being walked, against recursive schemas. */
        private final Set<ChangedSchema> walking = Collections.newSetFromMap(new IdentityHashMap<>());

        List<String> of(ChangedOpenApi diff) {
            diff.getMissingEndpoints().forEach(endpoint ->
                    found.add(endpoint.getMethod() + " " + endpoint.getPathUrl() + ": operation removed"));
            diff.getChangedOperations().forEach(this::operation);
            other(diff.getChangedExtensions(), "document extensions");
            List<String> lines = new ArrayList<>(found);
            // Grouped by path, then method: "GET /a ...", "POST /a ...", "GET /a/{id} ...".
            lines.sort(Comparator.comparing(BreakingChanges::pathOf).thenComparing(Comparator.naturalOrder()));
            return lines;
        }

        private void operation(ChangedOperation operation) {
            String where = operation.getHttpMethod() + " " + operation.getPathUrl();
            parameters(operation.getParameters(), where);
            requestBody(operation.getRequestBody(), where + " request body");
            responses(operation.getApiResponses(), where);
            other(operation.getSecurityRequirements(), where + " security requirements");
            other(operation.getOperationId(), where + " operationId");
            other(operation.getExtensions(), where + " extensions");
        }

        private void parameters(ChangedParameters parameters, String where) {
            if (parameters == null) {
                return;
            }
            if (parameters.isCoreChanged().isIncompatible()) {
                parameters.getMissing().forEach(p -> found.add(where + ": " + p.getIn() + " parameter `"
                        + p.getName() + "` removed"));
                parameters.getIncreased().stream().filter(p -> Boolean.TRUE.equals(p.getRequired()))
                        .forEach(p -> found.add(where + ": new required " + p.getIn() + " parameter `"
                                + p.getName() + "`"));
            }
            for (ChangedParameter parameter : parameters.getChanged()) {
                String label = where + " " + parameter.getIn() + " parameter `" + parameter.getName() + "`";
                if (parameter.isCoreChanged().isIncompatible()) {
                    found.add(label + ": " + parameterChange(parameter));
                }
                schema(parameter.getSchema(), label, "");
                content(parameter.getContent(), label);
            }
        }

        private static String parameterChange(ChangedParameter parameter) {
            List<String> what = new ArrayList<>();
            if (parameter.isChangeRequired() && Boolean.TRUE.equals(parameter.getNewParameter().getRequired())) {
                what.add("now required");
            }
            if (parameter.isChangeStyle()) {
                what.add("style changed");
            }
            if (parameter.isChangeExplode()) {
                what.add("explode changed");
            }
            if (parameter.isChangeAllowEmptyValue()) {
                what.add("no longer allows an empty value");
            }
            return what.isEmpty() ? "changed incompatibly" : String.join(", ", what);
        }

        private void requestBody(ChangedRequestBody body, String label) {
            if (body == null) {
                return;
            }
            if (body.isCoreChanged().isIncompatible()) {
                found.add(label + ": now required");
            }
            content(body.getContent(), label);
        }

        private void responses(ChangedApiResponse responses, String where) {
            if (responses == null) {
                return;
            }
            if (responses.isCoreChanged().isIncompatible()) {
                responses.getMissing().keySet().forEach(status -> found.add(where + ": response " + status
                        + " removed"));
            }
            responses.getChanged().forEach((status, response) -> response(response, where + " response " + status));
            other(responses.getExtensions(), where + " responses extensions");
        }

        private void response(ChangedResponse response, String label) {
            headers(response.getHeaders(), label);
            content(response.getContent(), label);
            other(response.getExtensions(), label + " extensions");
        }

        private void headers(ChangedHeaders headers, String label) {
            if (headers == null) {
                return;
            }
            if (headers.isCoreChanged().isIncompatible()) {
                headers.getMissing().keySet().forEach(name -> found.add(label + ": header `" + name + "` removed"));
            }
            headers.getChanged().forEach((name, header) -> header(header, label + " header `" + name + "`"));
        }

        private void header(ChangedHeader header, String label) {
            if (header.isCoreChanged().isIncompatible()) {
                found.add(label + ": changed incompatibly (required, style or explode)");
            }
            schema(header.getSchema(), label, "");
            content(header.getContent(), label);
        }

        private void content(ChangedContent content, String label) {
            if (content == null) {
                return;
            }
            if (content.isCoreChanged().isIncompatible()) {
                found.add(label + ": media type " + String.join(", ", content.getMissing().keySet()) + " removed");
            }
            content.getChanged().forEach((mediaType, changed) -> mediaType(changed, label + " " + mediaType));
        }

        private void mediaType(ChangedMediaType mediaType, String label) {
            schema(mediaType.getSchema(), label, "");
        }

        private void schema(ChangedSchema schema, String label, String field) {
            if (schema == null || !walking.add(schema)) {
                return;
            }
            try {
                schemaItself(schema, label, field);
                schema.getChangedProperties().forEach((name, property) -> schema(property, label, path(field, name)));
                schema(schema.getItems(), label, field + "[]");
                schema(schema.getAddProp(), label, path(field, "*"));
                oneOf(schema.getOneOfSchema(), label, field);
            } finally {
                walking.remove(schema);
            }
        }

        private void schemaItself(ChangedSchema schema, String label, String field) {
            String at = field.isEmpty() ? label + ": body" : label + ": field `" + field + "`";
            boolean response = schema.getContext() != null && schema.getContext().isResponse();
            boolean request = schema.getContext() != null && schema.getContext().isRequest();
            if (schema.isChangedType() && schema.isCoreChanged().isIncompatible()) {
                found.add(at + " changed type from " + type(schema.getOldSchema()) + " to "
                        + type(schema.getNewSchema()));
            }
            if (schema.isDiscriminatorPropertyChanged() && schema.isCoreChanged().isIncompatible()) {
                found.add(at + ": discriminator changed");
            }
            if (response) {
                // Stricter than openapi-diff: an optional response field that is gone is still gone.
                schema.getMissingProperties().keySet().forEach(name ->
                        found.add(label + ": field `" + path(field, name) + "` removed"));
            }
            ChangedRequired required = schema.getRequired();
            if (required != null && required.isIncompatible()) {
                if (request && !required.getIncreased().isEmpty()) {
                    found.add(label + ": new required field" + (required.getIncreased().size() == 1 ? " " : "s ")
                            + names(field, required.getIncreased()));
                }
                if (response) {
                    List<String> optional = required.getMissing().stream()
                            .filter(name -> !schema.getMissingProperties().containsKey(name)).toList();
                    if (!optional.isEmpty()) {
                        found.add(label + ": field" + (optional.size() == 1 ? " " : "s ") + names(field, optional)
                                + " no longer required, so possibly absent");
                    }
                }
            }
            if (schema.getEnumeration() != null && schema.getEnumeration().isIncompatible()) {
                found.add(request
                        ? at + ": enum values removed: " + schema.getEnumeration().getMissing()
                        : at + ": enum values added: " + schema.getEnumeration().getIncreased());
            }
            constraint(schema.getReadOnly(), at, "readOnly");
            constraint(schema.getWriteOnly(), at, "writeOnly");
            constraint(schema.getMaxLength(), at, "maxLength");
            constraint(schema.getMinLength(), at, "minLength");
            constraint(schema.getNumericRange(), at, "minimum/maximum");
            constraint(schema.getMultipleOf(), at, "multipleOf");
            constraint(schema.getMaxItems(), at, "maxItems");
            constraint(schema.getMinItems(), at, "minItems");
            constraint(schema.getMaxProperties(), at, "maxProperties");
            constraint(schema.getMinProperties(), at, "minProperties");
            constraint(schema.getUniqueItems(), at, "uniqueItems");
            constraint(schema.getPattern(), at, "pattern");
            constraint(schema.getNullable(), at, "nullable");
            other(schema.getExtensions(), at + " extensions");
        }

        private void oneOf(ChangedOneOfSchema oneOf, String label, String field) {
            if (oneOf == null) {
                return;
            }
            if (oneOf.isCoreChanged().isIncompatible()) {
                String at = field.isEmpty() ? label + ": body" : label + ": field `" + field + "`";
                found.add(oneOf.getContext().isRequest()
                        ? at + ": oneOf alternatives removed: " + oneOf.getMissing().keySet()
                        : at + ": oneOf alternatives added: " + oneOf.getIncreased().keySet());
            }
            oneOf.getChanged().forEach((name, alternative) -> schema(alternative, label, field + "<" + name + ">"));
        }

        private void constraint(Changed changed, String at, String name) {
            if (changed != null && changed.isIncompatible()) {
                found.add(at + ": " + name + " changed incompatibly");
            }
        }

        /** Something this walk does not look into: named only when openapi-diff calls it incompatible. */
        private void other(Changed changed, String label) {
            if (changed != null && changed.isIncompatible()) {
                found.add(label + ": changed incompatibly");
            }
        }

        private static String pathOf(String line) {
            String[] words = line.split(" ", 3);
            return words.length < 2 ? line : words[1].endsWith(":") ? words[1].substring(0, words[1].length() - 1)
                    : words[1];
        }

        private static String path(String field, String name) {
            return field.isEmpty() ? name : field + "." + name;
        }

        private static String names(String field, List<String> names) {
            return names.stream().map(name -> "`" + path(field, name) + "`").collect(Collectors.joining(", "));
        }

        private static String type(Schema<?> schema) {
            if (schema == null) {
                return "nothing";
            }
            String type = schema.getType() != null ? schema.getType()
                    : schema.get$ref() != null ? schema.get$ref() : "any";
            return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
        }
    }
}
