package io.supportcoach.skills.catalogue;

import static io.restassured.RestAssured.given;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.asEmployee;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.asHr;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.createSkill;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.skillBody;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillResourceTest {

    @Test
    void seededSkillIsReadableByCodeAndById() {
        String id = asEmployee().when().get("/skills/active-listening")
                .then().statusCode(200)
                .body("code", equalTo("active-listening"))
                .body("category", equalTo("communication"))
                .body("status", equalTo("ACTIVE"))
                .body("levels", hasSize(5))
                .body("levels[0].indicators.size()", org.hamcrest.Matchers.greaterThan(0))
                .extract().path("id");
        asEmployee().when().get("/skills/" + id).then().statusCode(200).body("code", equalTo("active-listening"));
    }

    @Test
    void unknownSkillIsNotFoundProblem() {
        asEmployee().when().get("/skills/no-such-skill")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void hrCreatesASkillThatReadsBack() {
        String code = uniqueCode("calm");
        Map<String, Object> body = skillBody(code, "self-management", "calls");
        body.put("externalReference", "https://www.onetonline.org/find/descriptor/result/2.A.1.b");
        asHr().body(body).when().post("/skills")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/skills/" + code))
                .header("ETag", "\"0\"")
                .body("createdBy", equalTo("e-hr"))
                .body("version", equalTo(0));
        asEmployee().when().get("/skills/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Skill " + code))
                .body("tags", equalTo(List.of("calls")))
                .body("externalReference", equalTo("https://www.onetonline.org/find/descriptor/result/2.A.1.b"))
                .body("levels.level", equalTo(List.of(1, 2, 3, 4, 5)));
    }

    @Test
    void createdSkillIsFoundBySearchOnItsIndicators() {
        String code = uniqueCode("zebra");
        Map<String, Object> body = skillBody(code, "communication");
        body.put("levels", List.of(
                Map.of("level", 1, "name", "Aware", "indicators", List.of("Mentions the quokkaphrase when asked")),
                Map.of("level", 2, "name", "Developing", "indicators", List.of("x")),
                Map.of("level", 3, "name", "Proficient", "indicators", List.of("x")),
                Map.of("level", 4, "name", "Advanced", "indicators", List.of("x")),
                Map.of("level", 5, "name", "Role model", "indicators", List.of("x"))));
        createSkill(body);
        asEmployee().queryParam("q", "quokkaphrase").when().get("/skills")
                .then().statusCode(200).body("items.code", equalTo(List.of(code)));
    }

    @Test
    void onlyHrMayCreate() {
        asEmployee().body(skillBody(uniqueCode("nope"), "communication")).when().post("/skills")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        given().contentType("application/json").body(skillBody(uniqueCode("nope"), "communication"))
                .when().post("/skills").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void duplicateCodeIsConflict() {
        String code = createSkill(skillBody(uniqueCode("dup"), "communication"));
        asHr().body(skillBody(code, "communication")).when().post("/skills")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("SKILL_CODE_TAKEN"));
    }

    @Test
    void codeShapedLikeAUuidIsRefused() {
        asHr().body(skillBody(UUID.randomUUID().toString(), "communication")).when().post("/skills")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
    }

    @Test
    void unknownCategoryIsUnprocessable() {
        asHr().body(skillBody(uniqueCode("lost"), "no-such-category")).when().post("/skills")
                .then().statusCode(422).body("code", equalTo("UNKNOWN_CATEGORY"));
    }

    @Test
    void invalidBodyNamesEachField() {
        Map<String, Object> body = skillBody("Not A Slug", "communication");
        body.put("name", "n".repeat(121));
        body.put("levels", CatalogueFixtures.levels().subList(0, 4));
        asHr().body(body).when().post("/skills")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "name", "levels"));
    }

    @Test
    void repeatedLevelIsAnIncompleteScale() {
        Map<String, Object> body = skillBody(uniqueCode("gap"), "communication");
        List<Map<String, Object>> levels = new ArrayList<>(CatalogueFixtures.levels());
        levels.set(4, Map.of("level", 1, "name", "Again", "indicators", List.of("x")));
        body.put("levels", levels);
        asHr().body(body).when().post("/skills")
                .then().statusCode(400).body("errors[0].code", equalTo("INCOMPLETE_SCALE"));
    }

    @Test
    void serverOwnedFieldsCannotBeWritten() {
        Map<String, Object> body = skillBody(uniqueCode("ro"), "communication");
        body.put("createdBy", "someone-else");
        asHr().body(body).when().post("/skills")
                .then().statusCode(400).body("errors[0].code", equalTo("READ_ONLY_FIELD"));
    }

    @Test
    void retiredCannotBeCreatedDirectly() {
        Map<String, Object> body = skillBody(uniqueCode("ret"), "communication");
        body.put("status", "RETIRED");
        asHr().body(body).when().post("/skills").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void idempotentCreateTwiceMakesOneSkillAndTheSameAnswer() {
        String code = uniqueCode("idem");
        String key = UUID.randomUUID().toString();
        Response first = asHr().header("Idempotency-Key", key).body(skillBody(code, "communication")).post("/skills");
        Response second = asHr().header("Idempotency-Key", key).body(skillBody(code, "communication")).post("/skills");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Skill.count("code", code))).isEqualTo(1);
    }

    @Test
    void readAnswers304ForCurrentEtag() {
        String code = createSkill(skillBody(uniqueCode("etag"), "communication"));
        String etag = asEmployee().get("/skills/" + code).then().statusCode(200).extract().header("ETag");
        asEmployee().header("If-None-Match", etag).get("/skills/" + code).then().statusCode(304);
    }

    @Test
    void updateNeedsTheCurrentEtag() {
        String code = createSkill(skillBody(uniqueCode("upd"), "communication"));
        Map<String, Object> changed = skillBody(code, "interpersonal");
        asHr().body(changed).put("/skills/" + code)
                .then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        asHr().header("If-Match", "\"0\"").body(changed).put("/skills/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("category", equalTo("interpersonal"))
                .body("updatedBy", equalTo("e-hr"));
        asHr().header("If-Match", "\"0\"").body(changed).put("/skills/" + code)
                .then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
    }

    @Test
    void codeCannotChange() {
        String code = createSkill(skillBody(uniqueCode("imm"), "communication"));
        asHr().header("If-Match", "\"0\"").body(skillBody(code + "-x", "communication")).put("/skills/" + code)
                .then().statusCode(400).body("errors[0].field", equalTo("code")).body("errors[0].code", equalTo("IMMUTABLE"));
    }

    @Test
    void activeSkillCannotReturnToDraft() {
        String code = createSkill(skillBody(uniqueCode("back"), "communication"));
        Map<String, Object> body = skillBody(code, "communication");
        body.put("status", "DRAFT");
        asHr().header("If-Match", "\"0\"").body(body).put("/skills/" + code)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_STATUS_TRANSITION"));
    }

    @Test
    void twoConcurrentUpdatesWithTheSameEtagLetExactlyOneThrough() {
        String code = createSkill(skillBody(uniqueCode("race"), "communication"));
        var start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> updates = new ArrayList<>();
        for (String category : List.of("interpersonal", "leadership")) {
            updates.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return asHr().header("If-Match", "\"0\"").body(skillBody(code, category)).put("/skills/" + code)
                        .statusCode();
            }));
        }
        start.countDown();
        assertThat(updates.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(200, 412);
        asEmployee().get("/skills/" + code).then().header("ETag", "\"1\"");
    }

    @Test
    void retiringNamesAnActiveReplacementAndIsFinal() {
        String old = createSkill(skillBody(uniqueCode("old"), "communication"));
        String replacement = createSkill(skillBody(uniqueCode("new"), "communication"));
        asHr().body(Map.of("replacedBy", replacement)).post("/skills/" + old + "/retire")
                .then().statusCode(428);
        asHr().header("If-Match", "\"0\"").body(Map.of("replacedBy", old)).post("/skills/" + old + "/retire")
                .then().statusCode(422).body("code", equalTo("INVALID_REPLACEMENT"));
        asHr().header("If-Match", "\"0\"").body(Map.of("replacedBy", replacement)).post("/skills/" + old + "/retire")
                .then().statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("replacedBy", equalTo(replacement));
        asHr().header("If-Match", "\"1\"").body(skillBody(old, "communication")).put("/skills/" + old)
                .then().statusCode(409).body("code", equalTo("SKILL_RETIRED"));
        String third = createSkill(skillBody(uniqueCode("third"), "communication"));
        asHr().header("If-Match", "\"0\"").body(Map.of("replacedBy", old)).post("/skills/" + third + "/retire")
                .then().statusCode(422).body("code", equalTo("INVALID_REPLACEMENT"));
    }

    @Test
    void unknownReplacementIsUnprocessable() {
        String code = createSkill(skillBody(uniqueCode("orphan"), "communication"));
        asHr().header("If-Match", "\"0\"").body(Map.of("replacedBy", "no-such-skill")).post("/skills/" + code + "/retire")
                .then().statusCode(422).body("code", equalTo("UNKNOWN_SKILL")).body("traceId", notNullValue());
    }
}
