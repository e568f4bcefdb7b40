package io.supportcoach.skills.roleprofile;

import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.createRoleProfile;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.createSkill;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.roleProfile;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.target;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.uniqueName;
import static io.supportcoach.testing.PeopleFixtures.managerOf;
import static io.supportcoach.testing.Requests.as;
import static io.supportcoach.testing.Requests.asHr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoleProfileResourceTest {

    @Test
    void hrCreatesARoleProfileThatEveryoneReadsWithSkillsByCode() {
        String name = uniqueName("Service desk analyst L1");
        String empathyId = asHr().get("/skills/empathy").then().statusCode(200).extract().path("id");
        String id = asHr().body(roleProfile(name, List.of(target("empathy", 4, null),
                        target("active-listening", 3, 2.5))))
                .post("/role-profiles")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("createdBy", equalTo("e-hr"))
                .body("version", equalTo(0))
                .body("skills.skill", equalTo(List.of("active-listening", "empathy")))
                .body("skills.targetLevel", equalTo(List.of(3, 4)))
                .body("skills.weight", equalTo(List.of(2.5f, 1.0f)))
                .extract().path("id");
        for (String token : List.of(TestTokens.employee("e-reader"), managerOf("team-x"),
                TestTokens.as("e-coach", "coach").sign())) {
            as(token).get("/role-profiles/" + id)
                    .then().statusCode(200).header("ETag", "\"0\"")
                    .body("name", equalTo(name))
                    .body("description", equalTo("Made by a test to exercise role profiles."))
                    .body("skills.skill", equalTo(List.of("active-listening", "empathy")))
                    .body("skills.weight", equalTo(List.of(2.5f, 1.0f)));
        }
        // A skill named by its id reads back by its code.
        String byId = createRoleProfile(uniqueName("By id"), List.of(target(empathyId, 2, 1)));
        asHr().get("/role-profiles/" + byId).then().statusCode(200).body("skills[0].skill", equalTo("empathy"));
    }

    @Test
    void locationNamesTheNewProfile() {
        Response created = asHr().body(roleProfile(uniqueName("Located"), List.of(target("patience", 2, 1))))
                .post("/role-profiles");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/role-profiles/" + created.path("id"));
    }

    @Test
    void listIsSortedByNameAndPagesWithoutRepeats() {
        String prefix = "Aaa list " + UUID.randomUUID().toString().substring(0, 8);
        List<String> mine = List.of(prefix + " c", prefix + " a", prefix + " b");
        mine.forEach(name -> createRoleProfile(name, List.of(target("patience", 2, 1))));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 500; page++) {
            var request = as(TestTokens.employee("e-reader")).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var body = request.get("/role-profiles").then().statusCode(200).extract().jsonPath();
            List<String> names = body.getList("items.name");
            assertThat(names).hasSizeLessThanOrEqualTo(2);
            seen.addAll(names);
            cursor = body.getString("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
        assertThat(seen.stream().filter(name -> name.startsWith(prefix)).toList())
                .containsExactly(prefix + " a", prefix + " b", prefix + " c");
    }

    @Test
    void tamperedCursorAndOversizedPageAreBadRequests() {
        asHr().queryParam("cursor", "abc.def").get("/role-profiles")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        asHr().queryParam("limit", 201).get("/role-profiles").then().statusCode(400);
    }

    @Test
    void readAnswers304ForCurrentEtag() {
        String id = createRoleProfile(uniqueName("Etag"), List.of(target("patience", 2, 1)));
        String etag = asHr().get("/role-profiles/" + id).then().statusCode(200).extract().header("ETag");
        asHr().header("If-None-Match", etag).get("/role-profiles/" + id).then().statusCode(304);
    }

    @Test
    void unknownOrMalformedIdIsNotFound() {
        asHr().get("/role-profiles/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        asHr().get("/role-profiles/not-an-id").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void updateNeedsTheCurrentEtagAndReplacesTheSkills() {
        String name = uniqueName("Major incident manager");
        String id = createRoleProfile(name, List.of(target("patience", 2, 1), target("empathy", 3, 1)));
        Map<String, Object> changed = roleProfile(name + " v2", List.of(target("calm-under-pressure", 4, 3),
                target("empathy", 4, 1)));
        asHr().body(changed).put("/role-profiles/" + id)
                .then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        asHr().header("If-Match", "\"0\"").body(changed).put("/role-profiles/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo(name + " v2"))
                .body("skills.skill", equalTo(List.of("calm-under-pressure", "empathy")))
                .body("skills.targetLevel", equalTo(List.of(4, 4)))
                .body("updatedBy", equalTo("e-hr"));
        asHr().header("If-Match", "\"0\"").body(changed).put("/role-profiles/" + id)
                .then().statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
        asHr().get("/role-profiles/" + id).then().statusCode(200)
                .body("skills.skill", equalTo(List.of("calm-under-pressure", "empathy")));
    }

    @Test
    void unknownSkillsAreUnprocessableAndNamedTogether() {
        asHr().body(roleProfile(uniqueName("Lost"), List.of(target("empathy", 3, 1), target("no-such-skill", 2, 1),
                        target(UUID.randomUUID().toString(), 2, 1))))
                .post("/role-profiles")
                .then().statusCode(422).body("code", equalTo("UNKNOWN_SKILL"))
                .body("detail", containsString("'no-such-skill'"));
    }

    @Test
    void retiredSkillIsUnprocessable() {
        String old = createSkill("old");
        String replacement = createSkill("new");
        asHr().header("If-Match", "\"0\"").body(Map.of("replacedBy", replacement)).post("/skills/" + old + "/retire")
                .then().statusCode(200);
        asHr().body(roleProfile(uniqueName("Retired"), List.of(target(old, 3, 1))))
                .post("/role-profiles")
                .then().statusCode(422).body("code", equalTo("SKILL_RETIRED"))
                .body("detail", containsString(replacement));
    }

    @Test
    void duplicateNameIsConflict() {
        String name = uniqueName("Twice");
        createRoleProfile(name, List.of(target("patience", 2, 1)));
        asHr().body(roleProfile(name, List.of(target("empathy", 2, 1)))).post("/role-profiles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("ROLE_PROFILE_NAME_TAKEN"));

        String other = createRoleProfile(uniqueName("Other"), List.of(target("patience", 2, 1)));
        asHr().header("If-Match", "\"0\"").body(roleProfile(name, List.of(target("patience", 2, 1))))
                .put("/role-profiles/" + other)
                .then().statusCode(409).body("code", equalTo("ROLE_PROFILE_NAME_TAKEN"));
    }

    @Test
    void concurrentCreatesWithTheSameNameMakeOneProfileAndConflictsNeverA500() {
        String name = uniqueName("Race");
        var start = new CountDownLatch(1);
        List<CompletableFuture<Response>> creates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            creates.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return asHr().body(roleProfile(name, List.of(target("empathy", 2, 1)))).post("/role-profiles");
            }));
        }
        start.countDown();
        List<Response> answers = creates.stream().map(CompletableFuture::join).toList();
        assertThat(answers.stream().map(Response::statusCode).toList()).containsOnly(201, 409).containsOnlyOnce(201);
        // The loser of a race past the service's check meets the unique constraint: still a 409 problem (CONFLICT
        // until application.properties maps role_profile_name_unique to ROLE_PROFILE_NAME_TAKEN).
        answers.stream().filter(answer -> answer.statusCode() == 409).forEach(answer -> {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.<String>path("code")).isIn("ROLE_PROFILE_NAME_TAKEN", "CONFLICT");
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> RoleProfile.count("name", name))).isEqualTo(1);
    }

    @Test
    void theSameSkillTwiceIsInvalidByCodeAndById() {
        asHr().body(roleProfile(uniqueName("Repeat"), List.of(target("empathy", 2, 1), target("patience", 2, 1),
                        target("empathy", 3, 1))))
                .post("/role-profiles")
                .then().statusCode(400).body("errors[0].field", equalTo("skills[2].skill"))
                .body("errors[0].code", equalTo("DUPLICATE"));
        String empathyId = asHr().get("/skills/empathy").then().extract().path("id");
        asHr().body(roleProfile(uniqueName("Repeat"), List.of(target("empathy", 2, 1), target(empathyId, 3, 1))))
                .post("/role-profiles")
                .then().statusCode(400).body("errors[0].field", equalTo("skills[1].skill"))
                .body("errors[0].code", equalTo("DUPLICATE"));
    }

    @Test
    void invalidBodyNamesEachField() {
        List<Map<String, Object>> skills = List.of(target("empathy", 6, 1), target("patience", 2, 0),
                target("active-listening", 2, 10.5), target("calm-under-pressure", 2, 1.125));
        asHr().body(roleProfile("", skills)).post("/role-profiles")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("name", "skills[0].targetLevel", "skills[1].weight",
                        "skills[2].weight", "skills[3].weight"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            tooMany.add(target("skill-" + i, 2, 1));
        }
        asHr().body(roleProfile(uniqueName("Many"), tooMany)).post("/role-profiles")
                .then().statusCode(400).body("errors[0].field", equalTo("skills"));
        asHr().body(roleProfile(uniqueName("None"), List.of())).post("/role-profiles")
                .then().statusCode(400).body("errors[0].field", equalTo("skills"));
    }

    @Test
    void serverOwnedFieldsCannotBeWritten() {
        Map<String, Object> body = new java.util.HashMap<>(roleProfile(uniqueName("Ro"), List.of(target("empathy", 2, 1))));
        body.put("version", 7);
        asHr().body(body).post("/role-profiles").then().statusCode(400).body("errors[0].code", equalTo("READ_ONLY_FIELD"));
    }

    @Test
    void onlyHrMayWrite() {
        Map<String, Object> body = roleProfile(uniqueName("Nope"), List.of(target("empathy", 2, 1)));
        as(managerOf("team-a")).body(body).post("/role-profiles").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        String id = createRoleProfile(uniqueName("Kept"), List.of(target("empathy", 2, 1)));
        as(TestTokens.employee("e-reader")).header("If-Match", "\"0\"").body(body).put("/role-profiles/" + id)
                .then().statusCode(403);
    }

    @Test
    void idempotentCreateTwiceMakesOneProfileAndTheSameAnswer() {
        String name = uniqueName("Idem");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = roleProfile(name, List.of(target("empathy", 3, 2)));
        Response first = asHr().header("Idempotency-Key", key).body(body).post("/role-profiles");
        Response second = asHr().header("Idempotency-Key", key).body(body).post("/role-profiles");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> RoleProfile.count("name", name))).isEqualTo(1);

        asHr().header("Idempotency-Key", key).body(roleProfile(name, List.of(target("empathy", 4, 2))))
                .post("/role-profiles")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }
}
