package io.supportcoach.skills.catalogue;

import static io.supportcoach.skills.catalogue.CatalogueFixtures.asEmployee;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.asHr;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.createSkill;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.skillBody;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.supportcoach.testing.Pages;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillListTest {

    @Test
    void filtersCombine() {
        String tag = uniqueCode("t");
        String soft = createSkill(skillBody(uniqueCode("a"), "leadership", tag));
        Map<String, Object> technical = skillBody(uniqueCode("b"), "leadership", tag);
        technical.put("kind", "TECHNICAL");
        createSkill(technical);
        Map<String, Object> draft = skillBody(uniqueCode("c"), "communication", tag);
        draft.put("status", "DRAFT");
        String draftCode = createSkill(draft);

        asEmployee().queryParam("tag", tag).get("/skills").then().statusCode(200).body("items.size()", equalTo(3));
        asEmployee().queryParam("tag", tag).queryParam("kind", "SOFT").queryParam("category", "leadership")
                .get("/skills").then().body("items.code", equalTo(List.of(soft)));
        asEmployee().queryParam("tag", tag).queryParam("status", "DRAFT")
                .get("/skills").then().body("items.code", equalTo(List.of(draftCode)));
    }

    @Test
    void seededCatalogueHasAtLeastTwentyActiveSoftSkillsWithFiveLevels() {
        asEmployee().queryParam("category", "communication").queryParam("limit", 200).get("/skills")
                .then().statusCode(200).body("items.category", everyItem(equalTo("communication")));
        JsonPath seeded = asEmployee().queryParam("kind", "SOFT").queryParam("status", "ACTIVE").queryParam("limit", 200)
                .get("/skills").then().extract().jsonPath();
        List<String> codes = seeded.getList("items.code");
        assertThat(codes).contains("active-listening", "empathy", "patience", "clear-spoken-communication",
                "clear-written-communication", "non-verbal-awareness", "follow-up-questions", "adapting-explanations",
                "critical-thinking", "decision-making-within-policy", "calm-under-pressure", "positive-attitude",
                "emotional-intelligence", "relationship-building", "teamwork", "handling-change", "leadership",
                "coaching-others", "ownership-and-follow-through", "time-management");
        assertThat(seeded.<List<?>>getList("items.levels")).allSatisfy(levels -> assertThat(levels).hasSize(5));
    }

    @Test
    void pagesWalkTheWholeCatalogueInCodeOrderWithoutRepeats() {
        List<String> seen = Pages.collect(CatalogueFixtures::asEmployee, "/skills", 7, "code");
        assertThat(seen).doesNotHaveDuplicates().isSorted().hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void limitAndCursorAreChecked() {
        asEmployee().queryParam("limit", 201).get("/skills").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        String cursor = asEmployee().queryParam("limit", 2).get("/skills").then().extract().path("nextCursor");
        asEmployee().queryParam("limit", 2).queryParam("cursor", cursor.replace('.', 'x')).get("/skills")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        asEmployee().queryParam("limit", 2).queryParam("status", "DRAFT").queryParam("cursor", cursor).get("/skills")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void unknownFilterValueIsBadRequestNotNotFound() {
        asEmployee().queryParam("status", "FINISHED").get("/skills")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        asEmployee().queryParam("kind", "MAGIC").get("/skills")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void codeFilterAnswersTheNamedSkillsWithTheirStatusAndLeavesOutUnknownCodes() {
        String active = createSkill(skillBody(uniqueCode("code-a"), "communication"));
        String replacement = createSkill(skillBody(uniqueCode("code-b"), "communication"));
        String retired = createSkill(skillBody(uniqueCode("code-c"), "communication"));
        asHr().header("If-Match", "\"0\"").body(Map.of("replacedBy", replacement)).post("/skills/" + retired + "/retire")
                .then().statusCode(200);

        JsonPath page = asEmployee().queryParam("code", retired, active, uniqueCode("no-such-skill"))
                .get("/skills").then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items.code", String.class)).isEqualTo(Stream.of(active, retired).sorted().toList());
        assertThat(page.getString("items.find { it.code == '" + retired + "' }.status")).isEqualTo("RETIRED");
        assertThat(page.getString("items.find { it.code == '" + retired + "' }.replacedBy")).isEqualTo(replacement);
        assertThat(page.getString("nextCursor")).isNull();
    }

    @Test
    void codeFilterPagesAndItsCursorBelongsToItsCodesInAnyOrder() {
        String first = createSkill(skillBody(uniqueCode("page-a"), "communication"));
        String second = createSkill(skillBody(uniqueCode("page-b"), "communication"));
        List<String> sorted = Stream.of(first, second).sorted().toList();

        String cursor = asEmployee().queryParam("code", first, second).queryParam("limit", 1).get("/skills")
                .then().statusCode(200).body("items.code", equalTo(sorted.subList(0, 1))).extract().path("nextCursor");
        asEmployee().queryParam("code", second, first).queryParam("limit", 1).queryParam("cursor", cursor).get("/skills")
                .then().statusCode(200).body("items.code", equalTo(sorted.subList(1, 2)));
        asEmployee().queryParam("code", first).queryParam("limit", 1).queryParam("cursor", cursor).get("/skills")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void codeFilterTakesUpToThirtyCodesEachShapedLikeACode() {
        List<String> thirtyOne = IntStream.rangeClosed(1, 31).mapToObj(n -> "skill-" + n).toList();
        asEmployee().queryParam("code", thirtyOne.subList(0, 30)).get("/skills").then().statusCode(200);
        asEmployee().queryParam("code", thirtyOne).get("/skills")
                .then().statusCode(400).body("errors[0].field", equalTo("code")).body("errors[0].code", equalTo("OUT_OF_RANGE"));
        asEmployee().queryParam("code", "empathy", "Not a code").get("/skills")
                .then().statusCode(400).body("errors[0].field", equalTo("code[1]"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
        asEmployee().queryParam("code", "x".repeat(65)).get("/skills")
                .then().statusCode(400).body("errors[0].field", equalTo("code[0]"));
    }

    @Test
    void searchRanksTheBestMatchFirst() {
        asEmployee().queryParam("q", "listening").get("/skills")
                .then().statusCode(200).body("items[0].code", equalTo("active-listening"));
    }

    @Test
    void searchToleratesTypos() {
        List<String> codes = asEmployee().queryParam("q", "listnening").get("/skills")
                .then().statusCode(200).extract().jsonPath().getList("items.code");
        assertThat(codes).first().isEqualTo("active-listening");
    }

    @Test
    void searchPagesToo() {
        JsonPath all = asEmployee().queryParam("q", "caller").queryParam("limit", 200).get("/skills")
                .then().statusCode(200).extract().jsonPath();
        List<String> expected = all.getList("items.code");
        assertThat(expected).hasSizeGreaterThan(3);
        List<String> walked = Pages.collect(() -> asEmployee().queryParam("q", "caller"), "/skills", 3, "code");
        assertThat(walked).isEqualTo(expected);
    }

    @Test
    void searchTermIsLimitedTo200Characters() {
        asEmployee().queryParam("q", "a".repeat(201)).get("/skills")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }
}
