package io.supportcoach.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OpenAPI 3.1 document rewritten in the OpenAPI 3.0 forms that openapi-diff understands, for comparing
 * two contracts only. openapi-diff 2.1.7 compares schemas by their 3.0 {@code type} and by their 3.0 model
 * classes: parsed as 3.1, every schema has no {@code type} (only {@code types}), so a retyped field goes
 * unnoticed and array items are not compared at all (openapi-diff issues #745, #528).
 *
 * <p>The rewrite: {@code openapi: 3.1.x} becomes {@code 3.0.3}; {@code type: [T, "null"]} becomes
 * {@code type: T, nullable: true}; an {@code anyOf}/{@code oneOf} with a {@code type: "null"} branch loses
 * that branch and gains {@code nullable: true}; schema {@code examples} become one {@code example};
 * numeric {@code exclusiveMinimum}/{@code exclusiveMaximum} become {@code minimum}/{@code maximum} with the
 * 3.0 boolean; {@code const} becomes a one-value {@code enum}. Names (of properties, responses, media
 * types...) and literal values (examples, defaults, enums, descriptions, extensions) are left alone.
 */
final class OpenApi30View {

    /** Keys whose object value maps names to objects: the keys of that object are names, not keywords. */
    private static final Set<String> NAME_MAPS = Set.of("paths", "webhooks", "schemas", "properties",
            "patternProperties", "dependentSchemas", "$defs", "definitions", "responses", "parameters",
            "requestBodies", "headers", "examples", "securitySchemes", "links", "callbacks", "pathItems", "content",
            "encoding", "mapping", "scopes", "variables");

    /** Keys whose value is data or text, never an object of OpenAPI or JSON Schema. */
    private static final Set<String> LITERALS = Set.of("example", "examples", "default", "enum", "const", "value",
            "description", "summary", "title", "security", "tags", "servers", "externalDocs", "info", "required");

    private OpenApi30View() {
    }

    /** The document itself when it is no 3.1 document; otherwise a rewritten copy. */
    static JsonNode of(JsonNode document) {
        if (!document.path("openapi").asText().startsWith("3.1")) {
            return document;
        }
        ObjectNode copy = document.deepCopy();
        copy.put("openapi", "3.0.3");
        copy.remove("jsonSchemaDialect");
        copy.remove("webhooks");
        visit(copy, false);
        return copy;
    }

    private static void visit(JsonNode node, boolean keysAreNames) {
        if (node instanceof ArrayNode array) {
            array.forEach(item -> visit(item, false));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (!keysAreNames) {
            rewrite(object);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (keysAreNames) {
                visit(field.getValue(), false);
            } else if (!LITERALS.contains(key) && !key.startsWith("x-")) {
                visit(field.getValue(), NAME_MAPS.contains(key) && field.getValue().isObject());
            }
        }
    }

    private static void rewrite(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type instanceof ArrayNode types) {
            List<String> named = new ArrayList<>();
            types.forEach(t -> {
                if (!"null".equals(t.asText())) {
                    named.add(t.asText());
                }
            });
            if (named.size() < types.size()) {
                schema.put("nullable", true);
            }
            if (named.size() == 1) {
                schema.put("type", named.get(0));
            } else if (named.isEmpty()) {
                schema.remove("type");
            }
        } else if (type != null && "null".equals(type.asText())) {
            schema.remove("type");
            schema.put("nullable", true);
        }
        for (String key : List.of("anyOf", "oneOf")) {
            if (schema.get(key) instanceof ArrayNode branches) {
                ArrayNode kept = JsonNodeFactory.instance.arrayNode();
                branches.forEach(branch -> {
                    if (!isNullSchema(branch)) {
                        kept.add(branch);
                    }
                });
                if (kept.size() < branches.size()) {
                    schema.put("nullable", true);
                    schema.remove(key);
                    if (kept.size() == 1 && !schema.has("allOf")) {
                        schema.set("allOf", kept);
                    } else if (!kept.isEmpty()) {
                        schema.set(key, kept);
                    }
                }
            }
        }
        if (schema.get("examples") instanceof ArrayNode examples) {
            schema.remove("examples");
            if (!schema.has("example") && !examples.isEmpty()) {
                schema.set("example", examples.get(0));
            }
        }
        bound(schema, "exclusiveMinimum", "minimum");
        bound(schema, "exclusiveMaximum", "maximum");
        if (schema.has("const")) {
            JsonNode value = schema.remove("const");
            if (!schema.has("enum")) {
                schema.set("enum", JsonNodeFactory.instance.arrayNode().add(value));
            }
        }
    }

    private static void bound(ObjectNode schema, String exclusive, String inclusive) {
        JsonNode limit = schema.get(exclusive);
        if (limit != null && limit.isNumber()) {
            schema.set(inclusive, limit);
            schema.put(exclusive, true);
        }
    }

    private static boolean isNullSchema(JsonNode branch) {
        JsonNode type = branch.get("type");
        if (type == null || branch.size() != 1) {
            return false;
        }
        return "null".equals(type.asText())
                || type.isArray() && type.size() == 1 && "null".equals(type.get(0).asText());
    }
}
