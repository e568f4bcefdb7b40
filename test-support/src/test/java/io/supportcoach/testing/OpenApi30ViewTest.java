package io.supportcoach.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import org.junit.jupiter.api.Test;

class OpenApi30ViewTest {

    @Test
    void rewritesTheJsonSchemaFormsOf31AndLeavesNamesAndLiteralsAlone() throws Exception {
        JsonNode document = Yaml.mapper().readTree("""
                openapi: 3.1.0
                info: {title: t, version: 1.0.0}
                paths: {}
                components:
                  schemas:
                    type:
                      type: object
                      properties:
                        type: {type: [string, "null"], examples: [a, b]}
                        const: {const: 3}
                        weight: {type: number, exclusiveMinimum: 0}
                        owner:
                          anyOf:
                          - $ref: "#/components/schemas/type"
                          - type: "null"
                        examples:
                          type: string
                          default: {type: [x, "null"]}
                """);

        JsonNode view = OpenApi30View.of(document);

        JsonNode schema = view.at("/components/schemas/type");
        assertThat(view.get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(schema.get("type").asText()).isEqualTo("object");
        assertThat(schema.at("/properties/type/type").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/type/nullable").asBoolean()).isTrue();
        assertThat(schema.at("/properties/type/example").asText()).isEqualTo("a");
        assertThat(schema.at("/properties/type/examples").isMissingNode()).isTrue();
        assertThat(schema.at("/properties/const/enum/0").asInt()).isEqualTo(3);
        assertThat(schema.at("/properties/weight/minimum").asInt()).isZero();
        assertThat(schema.at("/properties/weight/exclusiveMinimum").asBoolean()).isTrue();
        assertThat(schema.at("/properties/owner/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/type");
        assertThat(schema.at("/properties/owner/nullable").asBoolean()).isTrue();
        assertThat(schema.at("/properties/owner/anyOf").isMissingNode()).isTrue();
        assertThat(schema.at("/properties/examples/type").asText()).isEqualTo("string");
        assertThat(schema.at("/properties/examples/default/type").isArray()).isTrue();
        assertThat(document.at("/components/schemas/type/properties/type/type").isArray())
                .as("the document itself is left as it was").isTrue();
    }

    @Test
    void leavesA30DocumentAsItIs() throws Exception {
        JsonNode document = Yaml.mapper().readTree("openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths: {}\n");
        assertThat(OpenApi30View.of(document)).isSameAs(document);
    }
}
