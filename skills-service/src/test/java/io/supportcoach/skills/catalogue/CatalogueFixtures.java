package io.supportcoach.skills.catalogue;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;
import io.supportcoach.testing.TestTokens;

/** Request bodies and callers for catalogue tests; every test makes its own skills. */
final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    static RequestSpecification asHr() {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType("application/json");
    }

    static RequestSpecification asEmployee() {
        return given().auth().oauth2(TestTokens.employee("e-reader")).contentType("application/json");
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> skillBody(String code, String category, String... tags) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", "Skill " + code);
        body.put("description", "Made by a test to exercise the catalogue.");
        body.put("category", category);
        body.put("kind", "SOFT");
        body.put("status", "ACTIVE");
        body.put("tags", List.of(tags));
        body.put("levels", levels());
        return body;
    }

    static List<Map<String, Object>> levels() {
        List<Map<String, Object>> levels = new ArrayList<>();
        String[] names = { "Aware", "Developing", "Proficient", "Advanced", "Role model" };
        for (int level = 1; level <= 5; level++) {
            levels.add(Map.of("level", level, "name", names[level - 1],
                    "indicators", List.of("Shows level " + level + " on a call")));
        }
        return levels;
    }

    /** The header of an import file. */
    static final String CSV_HEADER = String.join(",", CatalogueCsv.HEADER) + "\n";

    /** A row of an import file over two lines, since its first level's indicators are two. */
    static String csvRow(String code, String category, String kind) {
        return code + ",Skill " + code + ",Imported by a test.," + category + "," + kind + ",ACTIVE,,,calls;csv,"
                + "Aware,\"Knows it\nSays so\",Developing,Tries it,Proficient,Does it,Advanced,Does it well,Role model,"
                + "Teaches it\n";
    }

    /** {@code count} rows of new active skills, with codes {@code prefix-1} on. */
    static String csvRows(String prefix, int count) {
        var rows = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            rows.append(csvRow(prefix + "-" + i, "communication", "SOFT"));
        }
        return rows.toString();
    }

    static String createSkill(Map<String, Object> body) {
        return asHr().body(body).when().post("/skills").then().statusCode(201).extract().path("code");
    }
}
