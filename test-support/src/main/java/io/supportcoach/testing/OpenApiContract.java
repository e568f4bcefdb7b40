package io.supportcoach.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * The published contract of a service is the OpenAPI document committed at {@code openapi/openapi.yaml}
 * in its module. What the service serves must be valid OpenAPI 3 and equal to it; after a deliberate
 * change, run the service's tests with {@code -Dopenapi.update=true} to rewrite the committed file.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    private OpenApiContract() {
    }

    public static void assertServedDocumentIsTheCommittedOne() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        var parsed = new OpenAPIV3Parser().readContents(served);
        assertThat(parsed.getMessages()).as("problems of the served OpenAPI document").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as(COMMITTED + " is committed").isTrue();
        // Kept beside the build output so that a difference can be read with diff.
        Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        assertThat(served).as("the served document differs from " + COMMITTED.toAbsolutePath()
                + "; if the change is intended, rerun with -Dopenapi.update=true and commit the file")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }
}
