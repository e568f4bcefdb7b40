package io.supportcoach.skills.catalogue;

import static io.restassured.RestAssured.given;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.asEmployee;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.testing.Pages;
import io.supportcoach.testing.TestTokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueCsvTest {

    private static final String HEADER = String.join(",", CatalogueCsv.HEADER) + "\n";

    private static RequestSpecification asHr() {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv");
    }

    private static String row(String code, String category, String kind) {
        return code + ",Skill " + code + ",Imported by a test.," + category + "," + kind + ",ACTIVE,,,calls;csv,"
                + "Aware,\"Knows it\nSays so\",Developing,Tries it,Proficient,Does it,Advanced,Does it well,Role model,Teaches it\n";
    }

    @Test
    void exportListsEverySkillWithItsLevels() throws Exception {
        String csv = asEmployee().accept("text/csv").get("/catalogue/export")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        CSVRecord listening = records.stream().filter(r -> r.get("code").equals("active-listening")).findFirst().orElseThrow();
        assertThat(listening.get("category")).isEqualTo("communication");
        assertThat(listening.get("level5Name")).isNotBlank();
        assertThat(listening.get("level3Indicators")).contains("\n");
        List<String> everyCode = Pages.collect(CatalogueFixtures::asEmployee, "/skills", 200, "code");
        assertThat(everyCode).hasSizeGreaterThanOrEqualTo(27);
        assertThat(records).extracting(record -> record.get("code")).containsExactlyElementsOf(everyCode);
    }

    @Test
    void importCreatesThenIsIdempotent() {
        String a = uniqueCode("imp");
        String b = uniqueCode("imp");
        String csv = HEADER + row(a, "communication", "SOFT") + row(b, "leadership", "TECHNICAL");
        asHr().body(csv).post("/catalogue/import")
                .then().statusCode(200).body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        asHr().body(csv).post("/catalogue/import")
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        asEmployee().get("/skills/" + b).then().statusCode(200)
                .body("kind", equalTo("TECHNICAL"))
                .body("version", equalTo(0))
                .body("levels[0].indicators", equalTo(List.of("Knows it", "Says so")));
    }

    @Test
    void importUpdatesAChangedRowAndRetiresWithAReplacement() {
        String a = uniqueCode("upd");
        String b = uniqueCode("upd");
        asHr().body(HEADER + row(a, "communication", "SOFT") + row(b, "communication", "SOFT")).post("/catalogue/import")
                .then().statusCode(200);
        String retired = row(a, "interpersonal", "SOFT").replace(",ACTIVE,,", ",RETIRED," + b + ",");
        asHr().body(HEADER + retired + row(b, "communication", "SOFT")).post("/catalogue/import")
                .then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        asEmployee().get("/skills/" + a).then().body("status", equalTo("RETIRED")).body("replacedBy", equalTo(b))
                .body("category", equalTo("interpersonal"));
    }

    @Test
    void badFileReportsEveryBadLineAndImportsNothing() {
        String good = uniqueCode("good");
        String dup = uniqueCode("dup");
        String csv = HEADER
                + row(good, "communication", "SOFT")                 // line 2: fine
                + row("Bad Code", "communication", "SOFT")           // line 3: code not a slug
                + row(uniqueCode("cat"), "nowhere", "SOFT")         // line 4: unknown category
                + row(dup, "communication", "SOFT")                  // line 5
                + row(dup, "communication", "MAGIC");                // line 6: duplicate and bad kind
        JsonPath problem = asHr().body(csv).post("/catalogue/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("CSV_INVALID"))
                .extract().jsonPath();
        // Each row spans two physical lines because of the multi-line indicator cell.
        assertThat(problem.getList("errors.line", Integer.class)).contains(4, 6, 10).doesNotContain(2, 8);
        assertThat(problem.getList("errors.code", String.class)).contains("INVALID_FORMAT", "UNKNOWN_CATEGORY",
                "DUPLICATE", "INVALID_VALUE");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Skill.count("code", good))).isZero();
    }

    @Test
    void fileWithoutTheColumnsIsRefused() {
        asHr().body("code,name\nx,y\n").post("/catalogue/import")
                .then().statusCode(400).body("errors[0].code", equalTo("MISSING_COLUMNS"));
    }

    @Test
    void onlyHrImports() {
        given().auth().oauth2(TestTokens.employee("e-1")).contentType("text/csv").body(HEADER)
                .post("/catalogue/import").then().statusCode(403);
    }
}
