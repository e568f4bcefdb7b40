package io.supportcoach.skills.catalogue;

import static io.restassured.RestAssured.given;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.CSV_HEADER;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.asEmployee;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.createSkill;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.csvRow;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.csvRows;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.skillBody;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.uniqueCode;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

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

    private static RequestSpecification asHr() {
        return given().auth().oauth2(TestTokens.hrAdmin()).contentType("text/csv");
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
        String csv = CSV_HEADER + csvRow(a, "communication", "SOFT") + csvRow(b, "leadership", "TECHNICAL");
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
    void importedRowsAreCountedByOutcomeInTheMetrics() {
        double created = importedRows("created");
        double unchanged = importedRows("unchanged");
        double rejected = importedRows("rejected");
        String csv = CSV_HEADER + csvRow(uniqueCode("met"), "communication", "SOFT")
                + csvRow(uniqueCode("met"), "communication", "SOFT");

        asHr().body(csv).post("/catalogue/import").then().statusCode(200);
        asHr().body(csv).post("/catalogue/import").then().statusCode(200);
        asHr().body(CSV_HEADER + csvRow("Bad Code", "communication", "SOFT")).post("/catalogue/import").then().statusCode(400);

        assertThat(importedRows("created")).isEqualTo(created + 2);
        assertThat(importedRows("unchanged")).isEqualTo(unchanged + 2);
        assertThat(importedRows("rejected")).isEqualTo(rejected + 1);
    }

    /** The counter as Prometheus scrapes it; 0 before its first increment. */
    private static double importedRows(String outcome) {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        var line = Pattern.compile("(?m)^suite_catalogue_import_rows_total\\{[^}]*outcome=\"" + outcome
                + "\"[^}]*\\} ([0-9.E]+)$").matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void importUpdatesAChangedRowAndRetiresWithAReplacement() {
        String a = uniqueCode("upd");
        String b = uniqueCode("upd");
        asHr().body(CSV_HEADER + csvRow(a, "communication", "SOFT") + csvRow(b, "communication", "SOFT"))
                .post("/catalogue/import").then().statusCode(200);
        String retired = csvRow(a, "interpersonal", "SOFT").replace(",ACTIVE,,", ",RETIRED," + b + ",");
        asHr().body(CSV_HEADER + retired + csvRow(b, "communication", "SOFT")).post("/catalogue/import")
                .then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        asEmployee().get("/skills/" + a).then().body("status", equalTo("RETIRED")).body("replacedBy", equalTo(b))
                .body("category", equalTo("interpersonal"));
    }

    @Test
    void aRetirementFromAnImportIsInTheAuditTrail() {
        String a = uniqueCode("aud");
        String b = uniqueCode("aud");
        String retired = csvRow(a, "communication", "SOFT").replace(",ACTIVE,,", ",RETIRED," + b + ",");
        asHr().body(CSV_HEADER + retired + csvRow(b, "communication", "SOFT")).post("/catalogue/import")
                .then().statusCode(200).body("created", equalTo(2));

        given().auth().oauth2(TestTokens.hrAdmin()).queryParam("subjectType", "skill").queryParam("subjectId", a)
                .get("/audit-events").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].action", equalTo("SKILL_RETIRED"))
                .body("items[0].actor", equalTo("e-hr"))
                .body("items[0].detail", equalTo("replaced by " + b));
        asEmployee().get("/skills/" + a).then().body("status", equalTo("RETIRED")).body("replacedBy", equalTo(b));
    }

    @Test
    void aFileOfSeveralBatchesImportsWholeAndRetiresAcrossThem() {
        String prefix = uniqueCode("big");
        int count = CatalogueCsv.BATCH_ROWS + 200;
        // A skill of the first batch retired for one of the second, and one of the second for one of the first.
        String early = prefix + "-3";
        String late = prefix + "-" + (CatalogueCsv.BATCH_ROWS + 100);
        String csv = CSV_HEADER + csvRows(prefix, count)
                .replace(csvRow(early, "communication", "SOFT"), csvRow(early, "communication", "SOFT")
                        .replace(",ACTIVE,,", ",RETIRED," + prefix + "-" + (CatalogueCsv.BATCH_ROWS + 150) + ","))
                .replace(csvRow(late, "communication", "SOFT"), csvRow(late, "communication", "SOFT")
                        .replace(",ACTIVE,,", ",RETIRED," + prefix + "-5,"));

        asHr().body(csv).post("/catalogue/import").then().statusCode(200)
                .body("created", equalTo(count)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        asEmployee().get("/skills/" + early).then().statusCode(200).body("status", equalTo("RETIRED"))
                .body("replacedBy", equalTo(prefix + "-" + (CatalogueCsv.BATCH_ROWS + 150)));
        asEmployee().get("/skills/" + late).then().statusCode(200).body("status", equalTo("RETIRED"))
                .body("replacedBy", equalTo(prefix + "-5"));
        asEmployee().get("/skills/" + prefix + "-" + count).then().statusCode(200).body("levels.size()", equalTo(5));

        asHr().body(csv).post("/catalogue/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(count));
        // Gone again, or every test that walks the whole catalogue would walk these too.
        QuarkusTransaction.requiringNew().run(() -> Skill.delete("code like ?1", prefix + "-%"));
    }

    @Test
    void aBadRowInALaterBatchIsReportedWithItsLineAndNothingOfEarlierBatchesStays() {
        String prefix = uniqueCode("late");
        int count = CatalogueCsv.BATCH_ROWS + 10;
        int duplicate = CatalogueCsv.BATCH_ROWS + 5;
        String csv = CSV_HEADER + csvRows(prefix, count).replace(csvRow(prefix + "-" + duplicate, "communication",
                "SOFT"), csvRow(prefix + "-2", "communication", "SOFT"));

        JsonPath problem = asHr().body(csv).post("/catalogue/import").then().statusCode(400)
                .body("code", equalTo("CSV_INVALID")).extract().jsonPath();
        // Each row spans two lines after the header's one, so row n starts on line 2n.
        assertThat(problem.getList("errors", Map.class)).containsExactly(Map.of("field", "code", "code", "DUPLICATE",
                "message", "appears on an earlier line too", "line", 2 * duplicate));
        asEmployee().get("/skills/" + prefix + "-1").then().statusCode(404);
    }

    @Test
    void aReplacementTheSameFileRetiresIsRefused() {
        String a = uniqueCode("chain");
        String b = uniqueCode("chain");
        String c = uniqueCode("chain");
        String csv = CSV_HEADER
                + csvRow(a, "communication", "SOFT").replace(",ACTIVE,,", ",RETIRED," + b + ",")   // lines 2-3
                + csvRow(b, "communication", "SOFT").replace(",ACTIVE,,", ",RETIRED," + c + ",")   // lines 4-5
                + csvRow(c, "communication", "SOFT");
        asHr().body(csv).post("/catalogue/import").then().statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("replacedBy"))
                .body("errors[0].code", equalTo("INVALID_REPLACEMENT"))
                .body("errors[0].line", equalTo(2));
        asEmployee().get("/skills/" + c).then().statusCode(404);
    }

    @Test
    void aFileWithMoreProblemsThanAnAnswerHoldsListsTheFirst() {
        String csv = CSV_HEADER + csvRows("BAD", 1500).replace(",SOFT,", ",MAGIC,");
        JsonPath problem = asHr().body(csv).post("/catalogue/import").then().statusCode(400)
                .body("code", equalTo("CSV_INVALID"))
                .body("detail", containsString("More than 200 problems"))
                .extract().jsonPath();
        List<Integer> lines = problem.getList("errors.line", Integer.class);
        assertThat(lines).hasSize(200).isSorted();
        // At least two problems a row, so they are those of the first 100 rows at most, which end on line 201.
        assertThat(lines.get(0)).isEqualTo(2);
        assertThat(lines.get(199)).isLessThanOrEqualTo(200);
    }

    @Test
    void aRowLongerThanAnySkillIsRefusedWithItsLineBeforeItIsReadWhole() {
        String good = uniqueCode("good");
        String csv = CSV_HEADER
                + csvRow(good, "communication", "SOFT")                                          // lines 2-3
                + csvRow(uniqueCode("long"), "communication", "SOFT")                            // lines 4-5
                        .replace("Imported by a test.", "\"" + "Quoted, and never closed. ".repeat(10_000));
        asHr().body(csv.getBytes(UTF_8)).post("/catalogue/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("CSV_MALFORMED"))
                .body("errors[0].field", equalTo("row"))
                .body("errors[0].code", equalTo("TOO_LONG"))
                .body("errors[0].line", equalTo(4));
        asEmployee().get("/skills/" + good).then().statusCode(404);
    }

    @Test
    void importedSkillsAreFoundByTheWordsOfTheirLevels() {
        String code = uniqueCode("found");
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        asHr().body(CSV_HEADER + csvRow(code, "communication", "SOFT").replace("Teaches it", "Teaches " + word))
                .post("/catalogue/import").then().statusCode(200);
        asEmployee().queryParam("q", word).get("/skills").then().statusCode(200)
                .body("items.code", equalTo(List.of(code)));

        String other = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        asHr().body(CSV_HEADER + csvRow(code, "communication", "SOFT").replace("Teaches it", "Teaches " + other))
                .post("/catalogue/import").then().statusCode(200).body("updated", equalTo(1));
        asEmployee().queryParam("q", word).get("/skills").then().statusCode(200).body("items", equalTo(List.of()));
        asEmployee().queryParam("q", other).get("/skills").then().statusCode(200)
                .body("items.code", equalTo(List.of(code)));
    }

    @Test
    void badFileReportsEveryBadLineAndImportsNothing() {
        String good = uniqueCode("good");
        String dup = uniqueCode("dup");
        String csv = CSV_HEADER
                + csvRow(good, "communication", "SOFT")                 // line 2: fine
                + csvRow("Bad Code", "communication", "SOFT")           // line 3: code not a slug
                + csvRow(uniqueCode("cat"), "nowhere", "SOFT")         // line 4: unknown category
                + csvRow(dup, "communication", "SOFT")                  // line 5
                + csvRow(dup, "communication", "MAGIC");                // line 6: duplicate and bad kind
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
    void anUnterminatedQuoteIsReportedWithItsLineAndImportsNothing() {
        String good = uniqueCode("good");
        String csv = CSV_HEADER
                + csvRow(good, "communication", "SOFT")                           // lines 2-3: fine
                + "open-quote,\"Skill that never ends,Imported by a test.\n"   // line 4: the quote is never closed
                + csvRow(uniqueCode("after"), "communication", "SOFT");
        asHr().body(csv.getBytes(UTF_8)).post("/catalogue/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("CSV_MALFORMED"))
                .body("errors[0].field", equalTo("row"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"))
                .body("errors[0].line", equalTo(4));
        asEmployee().get("/skills/" + good).then().statusCode(404);
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLineAndImportNothing() {
        String good = uniqueCode("good");
        String text = CSV_HEADER + csvRow(good, "communication", "SOFT")                     // lines 2-3: fine
                + csvRow(uniqueCode("latin"), "communication", "SOFT").replace("Imported", "Import~d"); // line 4
        byte[] file = text.getBytes(UTF_8);
        // The text is ASCII, so the marker's char index is its byte index. An é as ISO-8859-1 writes it is one
        // byte that UTF-8 never uses on its own.
        file[text.indexOf('~')] = (byte) 0xE9;
        asHr().body(file).post("/catalogue/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("CSV_MALFORMED"))
                .body("errors[0].code", equalTo("INVALID_ENCODING"))
                .body("errors[0].line", equalTo(4));
        asEmployee().get("/skills/" + good).then().statusCode(404);
    }

    @Test
    void aByteOrderMarkIsAcceptedAndTheFileIsReadAsUtf8() {
        String code = uniqueCode("bom");
        byte[] text = (CSV_HEADER + csvRow(code, "communication", "SOFT").replace("Skill " + code, "Écoute ＋ " + code))
                .getBytes(UTF_8);
        byte[] file = new byte[text.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(text, 0, file, 3, text.length);
        asHr().body(file).post("/catalogue/import").then().statusCode(200).body("created", equalTo(1));
        asEmployee().get("/skills/" + code).then().statusCode(200).body("name", equalTo("Écoute ＋ " + code));
    }

    @Test
    void aNulCharacterIsReportedWithItsColumnAndLineAndImportsNothing() {
        String good = uniqueCode("good");
        String csv = CSV_HEADER
                + csvRow(good, "communication", "SOFT")                                     // lines 2-3: fine
                + csvRow(uniqueCode("nul"), "communication", "SOFT").replace("Tries", "Tr\u0000ies"); // lines 4-5
        JsonPath problem = asHr().body(csv.getBytes(UTF_8)).post("/catalogue/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("CSV_INVALID"))
                .extract().jsonPath();
        assertThat(problem.getList("errors", Map.class)).contains(Map.of("field", "level2Indicators",
                "code", "INVALID_VALUE", "message", "contains a NUL character", "line", 4));
        asEmployee().get("/skills/" + good).then().statusCode(404);
    }

    @Test
    void formulaCellsAreNeutralisedOnExportAndTheExportImportsUnchanged() throws Exception {
        Map<String, Object> body = skillBody(uniqueCode("formula"), "communication");
        body.put("name", "=SUM(A1)");
        body.put("description", "@team: stays steady when a caller shouts.");
        List<Map<String, Object>> levels = new ArrayList<>(CatalogueFixtures.levels());
        levels.set(0, Map.of("level", 1, "name", "Aware", "indicators", List.of("-stays calm")));
        levels.set(1, Map.of("level", 2, "name", "Developing", "indicators", List.of("'=typed with its own apostrophe")));
        levels.set(4, Map.of("level", 5, "name", "＋Role model", "indicators", List.of("Coaches others")));
        body.put("levels", levels);
        String code = createSkill(body);

        byte[] file = asEmployee().accept("text/csv").get("/catalogue/export")
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file, UTF_8))).getRecords();
        CSVRecord exported = records.stream().filter(r -> r.get("code").equals(code)).findFirst().orElseThrow();
        assertThat(exported.get("name")).isEqualTo("'=SUM(A1)");
        assertThat(exported.get("description")).isEqualTo("'@team: stays steady when a caller shouts.");
        assertThat(exported.get("level1Indicators")).isEqualTo("'-stays calm");
        assertThat(exported.get("level2Indicators")).isEqualTo("''=typed with its own apostrophe");
        assertThat(exported.get("level5Name")).isEqualTo("'＋Role model");
        assertThat(exported.get("level3Indicators")).isEqualTo("Shows level 3 on a call");

        asHr().body(file).post("/catalogue/import")
                .then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(records.size()));
        asEmployee().get("/skills/" + code).then().statusCode(200)
                .body("version", equalTo(0))
                .body("name", equalTo("=SUM(A1)"))
                .body("description", equalTo("@team: stays steady when a caller shouts."))
                .body("levels[0].indicators", equalTo(List.of("-stays calm")))
                .body("levels[1].indicators", equalTo(List.of("'=typed with its own apostrophe")))
                .body("levels[4].name", equalTo("＋Role model"));
    }

    @Test
    void anEmptyFileIsRefused() {
        asHr().body(new byte[0]).post("/catalogue/import")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void onlyHrImports() {
        given().auth().oauth2(TestTokens.employee("e-1")).contentType("text/csv").body(CSV_HEADER)
                .post("/catalogue/import").then().statusCode(403);
    }
}
