package io.supportcoach.skills.reads;

import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.Requests.as;
import static io.supportcoach.testing.Requests.asHr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.testing.PeopleFixtures;
import io.supportcoach.testing.PeopleFixtures.Staff;
import io.supportcoach.testing.StatementCount;
import io.supportcoach.testing.StatementCount.Tally;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What the reads send the database, counted at the JDBC driver: no transaction (no BEGIN or COMMIT) on a read, a
 * list page of twice the rows in as many statements (no statement per row), and a skill or a profile in one
 * statement.
 */
@QuarkusTest
@TestProfile(StatementCount.Profile.class)
class ReadStatementsTest {

    private static final Tally ONE_STATEMENT = new Tally(1, 0);

    @Test
    void aSkillPageOfTwiceTheSkillsTakesAsManyStatements() {
        String tag = "t-" + unique();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(createSkill(tag));
        }
        retire(codes.get(0), codes.get(1));
        retire(codes.get(3), codes.get(4));

        Tally three = count(asReader().queryParam("tag", tag).queryParam("limit", 3), "/skills", 3);
        Tally six = count(asReader().queryParam("tag", tag).queryParam("limit", 6), "/skills", 6);
        Tally search = count(asReader().queryParam("tag", tag).queryParam("q", "catalogue").queryParam("limit", 6),
                "/skills", 6);

        assertThat(six).as("a page of 6 skills against one of 3").isEqualTo(three);
        assertThat(search).as("a search page of 6 skills against a plain page of 3").isEqualTo(three);
        assertThat(three.transactions()).as("transactions of a read").isZero();
    }

    @Test
    void aSkillIsReadInOneStatement() {
        String tag = "t-" + unique();
        String retired = createSkill(tag);
        String replacement = createSkill(tag);
        retire(retired, replacement);
        String id = asReader().get("/skills/" + retired).then().extract().path("id");

        assertThat(StatementCount.of(() -> asReader().get("/skills/" + retired).then().statusCode(200)
                .body("replacedBy", equalTo(replacement)).body("category", equalTo("communication"))
                .body("levels", hasSize(5)))).as("a retired skill by code").isEqualTo(ONE_STATEMENT);
        assertThat(StatementCount.of(() -> asReader().get("/skills/" + id).then().statusCode(200)
                .body("code", equalTo(retired)))).as("a skill by id").isEqualTo(ONE_STATEMENT);
        assertThat(StatementCount.of(() -> asReader().get("/skills/no-such-skill-" + unique()).then().statusCode(404)))
                .as("a skill that does not exist").isEqualTo(ONE_STATEMENT);
    }

    @Test
    void aProfileIsReadInOneStatementByEveryoneWhoActsForThePerson() {
        Staff person = newPerson();
        Instant now = Instant.now();
        for (String skill : List.of("empathy", "active-listening", "patience")) {
            addEvidence(person, skill, 3, now.minus(Duration.ofDays(10)));
            addEvidence(person, skill, 4, now.minus(Duration.ofDays(1)));
        }

        for (String token : List.of(TestTokens.hrAdmin(), person.token(), person.managerToken())) {
            assertThat(StatementCount.of(() -> as(token).get("/people/" + person.employeeId() + "/profile").then()
                    .statusCode(200).body("skills.skill", equalTo(List.of("active-listening", "empathy", "patience")))
                    .body("skills[0].evidenceCount", equalTo(2))))
                    .as("a profile read").isEqualTo(ONE_STATEMENT);
        }
        assertThat(StatementCount.of(() -> asHr().get("/people/e-nobody-" + unique() + "/profile").then()
                .statusCode(404))).as("the profile of nobody").isEqualTo(ONE_STATEMENT);
        assertThat(StatementCount.of(() -> as(PeopleFixtures.managerOf(PeopleFixtures.newTeam()))
                .get("/people/" + person.employeeId() + "/profile").then().statusCode(404)))
                .as("a profile the caller may not see").isEqualTo(ONE_STATEMENT);
    }

    @Test
    void peopleAndEvidencePagesOfTwiceTheRowsTakeAsManyStatements() {
        String team = PeopleFixtures.newTeam();
        List<Staff> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(PeopleFixtures.newPerson(team, "Person " + i));
        }
        Staff person = people.get(0);
        Instant now = Instant.now();
        List<String> skills = List.of("empathy", "active-listening", "patience", "teamwork", "leadership",
                "time-management");
        for (int i = 0; i < skills.size(); i++) {
            addEvidence(person, skills.get(i), 2 + i % 3, now.minus(Duration.ofDays(i + 1)));
        }
        String evidence = "/people/" + person.employeeId() + "/evidence";

        assertThat(count(asHr().queryParam("teamId", team).queryParam("limit", 6), "/people", 6))
                .as("a page of 6 people against one of 3")
                .isEqualTo(count(asHr().queryParam("teamId", team).queryParam("limit", 3), "/people", 3))
                .extracting(Tally::transactions).isEqualTo(0L);
        assertThat(count(asHr().queryParam("limit", 6), evidence, 6)).as("a page of 6 pieces of evidence against 3")
                .isEqualTo(count(asHr().queryParam("limit", 3), evidence, 3))
                .extracting(Tally::transactions).isEqualTo(0L);
        assertThat(count(asHr().queryParam("limit", 6), "/people/" + person.employeeId() + "/skills/empathy/history",
                1)).extracting(Tally::transactions).isEqualTo(0L);
    }

    @Test
    void theOtherReadsSendNoTransaction() {
        Staff person = newPerson();
        addEvidence(person, "empathy", 3, Instant.now().minus(Duration.ofDays(3)));
        String roleProfile = asHr().body(Map.of("name", "Statements " + unique(), "description", "Counted.",
                "skills", List.of(Map.of("skill", "empathy", "targetLevel", 4)))).post("/role-profiles")
                .then().statusCode(201).extract().path("id");
        String me = "/people/" + person.employeeId();

        List<String> reads = List.of("/categories", "/categories/communication", me, me + "/goals",
                me + "/gaps?roleProfile=" + roleProfile, "/role-profiles", "/role-profiles/" + roleProfile,
                "/audit-events", "/teams/" + person.teamId() + "/goals",
                "/teams/" + person.teamId() + "/matrix?skills=empathy,patience");
        for (String read : reads) {
            assertThat(StatementCount.of(() -> asHr().get(read).then().statusCode(200)).transactions())
                    .as("transactions of GET " + read).isZero();
        }
        assertThat(StatementCount.of(() -> asHr().accept("text/csv").get("/catalogue/export").then().statusCode(200))
                .transactions()).as("transactions of the catalogue export").isZero();
    }

    private static Tally count(RequestSpecification request, String path, int items) {
        return StatementCount.of(() -> request.get(path).then().statusCode(200).body("items", hasSize(items)));
    }

    private static RequestSpecification asReader() {
        return as(TestTokens.employee("e-reader"));
    }

    private static String createSkill(String tag) {
        String code = "counted-" + unique();
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", "Skill " + code);
        body.put("description", "Made by a test to count the catalogue's statements.");
        body.put("category", "communication");
        body.put("kind", "SOFT");
        body.put("status", "ACTIVE");
        body.put("tags", List.of(tag));
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(Map.of("level", level, "name", "Level " + level, "indicators", List.of("Shows level " + level)));
        }
        body.put("levels", levels);
        return asHr().body(body).post("/skills").then().statusCode(201).extract().path("code");
    }

    private static void retire(String code, String replacedBy) {
        String etag = asHr().get("/skills/" + code).then().statusCode(200).extract().header("ETag");
        asHr().header("If-Match", etag).body(Map.of("replacedBy", replacedBy)).post("/skills/" + code + "/retire")
                .then().statusCode(200);
    }

    private static void addEvidence(Staff person, String skill, int level, Instant observedAt) {
        asHr().body(Map.of("skill", skill, "level", level, "source", "COACH", "observedAt", observedAt.toString(),
                "note", "Seen on a call.")).post("/people/" + person.employeeId() + "/evidence").then().statusCode(201);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
