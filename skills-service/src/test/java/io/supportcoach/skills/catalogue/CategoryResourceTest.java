package io.supportcoach.skills.catalogue;

import static io.supportcoach.skills.catalogue.CatalogueFixtures.asEmployee;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.asHr;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryResourceTest {

    private static Map<String, Object> category(String code, int position) {
        return Map.of("code", code, "name", "Category " + code, "description", "Made by a test.", "position", position);
    }

    @Test
    void seededCategoriesComeFirstInTheirOrder() {
        List<String> codes = asEmployee().queryParam("limit", 5).get("/categories")
                .then().statusCode(200).extract().jsonPath().getList("items.code");
        assertThat(codes).containsExactly("communication", "interpersonal", "self-management", "thinking-and-decisions",
                "leadership");
    }

    @Test
    void pagesCoverEveryCategoryOnce() {
        for (int i = 0; i < 3; i++) {
            asHr().body(category(uniqueCode("pg"), 900)).post("/categories").then().statusCode(201);
        }
        List<String> all = asEmployee().queryParam("limit", 200).get("/categories").then().extract().jsonPath()
                .getList("items.code");
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            var request = asEmployee().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/categories").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.code"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(walked).isEqualTo(all).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void hrCreatesUpdatesWithEtagAndReadsBack() {
        String code = uniqueCode("cat");
        asHr().body(category(code, 50)).post("/categories")
                .then().statusCode(201).header("ETag", "\"0\"").body("createdBy", equalTo("e-hr"));
        String etag = asEmployee().get("/categories/" + code).then().statusCode(200).extract().header("ETag");
        asEmployee().header("If-None-Match", etag).get("/categories/" + code).then().statusCode(304);
        asHr().body(category(code, 60)).put("/categories/" + code).then().statusCode(428);
        asHr().header("If-Match", etag).body(category(code, 60)).put("/categories/" + code)
                .then().statusCode(200).body("position", equalTo(60)).header("ETag", "\"1\"");
        asHr().header("If-Match", etag).body(category(code, 70)).put("/categories/" + code)
                .then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
    }

    @Test
    void duplicateCodeIsConflictAndOnlyHrWrites() {
        asHr().body(category("communication", 1)).post("/categories")
                .then().statusCode(409).body("code", equalTo("CATEGORY_CODE_TAKEN"));
        asEmployee().body(category(uniqueCode("no"), 1)).post("/categories").then().statusCode(403);
        asEmployee().header("If-Match", "\"0\"").body(category("communication", 1)).put("/categories/communication")
                .then().statusCode(403);
    }

    @Test
    void idempotentCreateReplays() {
        String code = uniqueCode("idem");
        String key = UUID.randomUUID().toString();
        Response first = asHr().header("Idempotency-Key", key).body(category(code, 5)).post("/categories");
        Response second = asHr().header("Idempotency-Key", key).body(category(code, 5)).post("/categories");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
    }

    @Test
    void unknownCategoryIsNotFound() {
        asEmployee().get("/categories/nowhere").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
