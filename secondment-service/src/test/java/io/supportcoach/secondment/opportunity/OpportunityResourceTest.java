package io.supportcoach.secondment.opportunity;

import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.opportunity.OpportunityBodies.managerOf;
import static io.supportcoach.secondment.opportunity.OpportunityBodies.opportunity;
import static io.supportcoach.secondment.opportunity.OpportunityBodies.uniqueTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.RestResponse.Status;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpportunityResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Inject
    DataSource dataSource;

    @Test
    void offeredOpportunityIsStoredAndReadBack() throws SQLException {
        String team = uniqueTeam();
        var created = offer(TestTokens.hrAdmin(), opportunity(team, "2027-03-01", "2027-03-12"))
                .statusCode(Status.CREATED.getStatusCode())
                .header("ETag", "\"0\"")
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/opportunities/" + id);

        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/opportunities/{id}", id)
                .then().statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("hostTeamId", equalTo(team))
                .body("kind", equalTo("CROSS_TRAINING"))
                .body("skills", contains("communication", "decision-making"))
                .body("openings", equalTo(2))
                .body("timeCommitmentPercent", equalTo(40))
                .body("startsOn", equalTo("2027-03-01"))
                .body("endsOn", equalTo("2027-03-12"))
                .body("createdBy", equalTo("e-hr"))
                .body("version", equalTo(0))
                .body("createdAt", equalTo(created.path("createdAt")))
                .body("updatedAt", equalTo(created.path("updatedAt")));

        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select host_team_id, kind, skills, starts_on, ends_on, time_commitment_percent "
                                + "from opportunity where id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("host_team_id")).isEqualTo(team);
                assertThat(row.getString("kind")).isEqualTo("CROSS_TRAINING");
                assertThat((Object[]) row.getArray("skills").getArray()).containsExactly("communication", "decision-making");
                assertThat(row.getObject("starts_on", LocalDate.class)).isEqualTo(LocalDate.of(2027, 3, 1));
                assertThat(row.getObject("ends_on", LocalDate.class)).isEqualTo(LocalDate.of(2027, 3, 12));
                assertThat(row.getInt("time_commitment_percent")).isEqualTo(40);
            }
        }
    }

    @Test
    void unknownOpportunityIsNotFound() {
        given().auth().oauth2(TestTokens.employee("e-2"))
                .when().get("/opportunities/{id}", UUID.randomUUID())
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void listWalksTwoPagesByStartDateThenId() {
        String team = uniqueTeam();
        // Three start on the same day, so the page boundary falls between equal dates and the id decides.
        List<Offered> offered = new ArrayList<>();
        for (String startsOn : List.of("2027-05-01", "2027-04-01", "2027-05-01", "2027-05-01")) {
            String id = offer(TestTokens.hrAdmin(), opportunity(team, startsOn, "2027-06-30"))
                    .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
            offered.add(new Offered(startsOn, id));
        }
        // ISO dates and lower-case UUID text sort as PostgreSQL sorts dates and uuids.
        List<String> expected = offered.stream()
                .sorted(Comparator.comparing(Offered::startsOn).thenComparing(Offered::id))
                .map(Offered::id).toList();

        var first = listOpportunities(Map.of("hostTeam", team, "limit", 2))
                .statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract();
        var second = listOpportunities(Map.of("hostTeam", team, "limit", 2, "cursor", first.path("nextCursor")))
                .statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(2))
                .body("nextCursor", nullValue())
                .extract();

        List<String> seen = new ArrayList<>(first.<List<String>>path("items.id"));
        seen.addAll(second.path("items.id"));
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void kindAndSkillFiltersNarrowTheList() {
        String team = uniqueTeam();
        String skill = "skill-" + UUID.randomUUID().toString().replace("-", "");
        var wanted = opportunity(team);
        wanted.put("kind", "JOB_SHADOWING");
        wanted.put("skills", List.of(skill, "empathy"));
        String wantedId = offer(TestTokens.hrAdmin(), wanted).statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");
        var otherKind = opportunity(team);
        otherKind.put("skills", List.of(skill));
        offer(TestTokens.hrAdmin(), otherKind).statusCode(Status.CREATED.getStatusCode());
        var otherSkill = opportunity(team);
        otherSkill.put("kind", "JOB_SHADOWING");
        offer(TestTokens.hrAdmin(), otherSkill).statusCode(Status.CREATED.getStatusCode());

        listOpportunities(Map.of("hostTeam", team, "kind", "JOB_SHADOWING", "skill", skill))
                .statusCode(Status.OK.getStatusCode())
                .body("items.id", contains(wantedId));
        listOpportunities(Map.of("skill", skill))
                .statusCode(Status.OK.getStatusCode())
                .body("items", hasSize(2));
    }

    @Test
    void unknownKindFilterIsRefused() {
        listOpportunities(Map.of("kind", "INTERNSHIP"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
    }

    @Test
    void limitAboveTheMaximumIsRefused() {
        listOpportunities(Map.of("limit", 201))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void alteredCursorIsRefused() {
        String team = uniqueTeam();
        for (int i = 0; i < 2; i++) {
            offer(TestTokens.hrAdmin(), opportunity(team)).statusCode(Status.CREATED.getStatusCode());
        }
        String cursor = listOpportunities(Map.of("hostTeam", team, "limit", 1)).extract().path("nextCursor");
        assertThat(cursor).isNotNull();

        listOpportunities(Map.of("hostTeam", uniqueTeam(), "cursor", cursor))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("code", equalTo("INVALID_CURSOR"));
        listOpportunities(Map.of("hostTeam", team, "cursor", cursor.replace('.', 'x')))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void currentEtagAnswersNotModified() {
        String id = offer(TestTokens.hrAdmin(), opportunity(uniqueTeam())).statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");

        given().auth().oauth2(TestTokens.hrAdmin())
                .header("If-None-Match", "\"0\"")
                .when().get("/opportunities/{id}", id)
                .then().statusCode(Status.NOT_MODIFIED.getStatusCode());
        given().auth().oauth2(TestTokens.hrAdmin())
                .header("If-None-Match", "\"3\"")
                .when().get("/opportunities/{id}", id)
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void replaceWithoutIfMatchIsRefused() {
        String team = uniqueTeam();
        String id = offer(TestTokens.hrAdmin(), opportunity(team)).statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");

        given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.JSON).body(opportunity(team))
                .when().put("/opportunities/{id}", id)
                .then().statusCode(428)
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("IF_MATCH_REQUIRED"));
    }

    @Test
    void replaceWithStaleIfMatchIsRefused() {
        String team = uniqueTeam();
        String id = offer(TestTokens.hrAdmin(), opportunity(team)).statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");
        var changed = opportunity(team);
        changed.put("openings", 5);
        replace(TestTokens.hrAdmin(), id, "\"0\"", changed)
                .statusCode(Status.OK.getStatusCode())
                .header("ETag", "\"1\"")
                .body("openings", equalTo(5));

        var stale = opportunity(team);
        stale.put("openings", 9);
        replace(TestTokens.hrAdmin(), id, "\"0\"", stale)
                .statusCode(Status.PRECONDITION_FAILED.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("VERSION_MISMATCH"));
        given().auth().oauth2(TestTokens.hrAdmin())
                .when().get("/opportunities/{id}", id)
                .then().body("openings", equalTo(5));
    }

    @Test
    void endBeforeStartIsRefusedOnCreateAndReplace() {
        String team = uniqueTeam();
        offer(TestTokens.hrAdmin(), opportunity(team, "2027-03-12", "2027-03-11"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].code", equalTo("BEFORE_START"));

        String id = offer(TestTokens.hrAdmin(), opportunity(team, "2027-03-12", "2027-03-12"))
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        replace(TestTokens.hrAdmin(), id, "\"0\"", opportunity(team, "2027-03-12", "2027-02-28"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].code", equalTo("BEFORE_START"));
    }

    @Test
    void datesMustBeIsoDates() {
        offer(TestTokens.hrAdmin(), opportunity(uniqueTeam(), "01/03/2027", "2027-03-12"))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].field", equalTo("startsOn"))
                .body("errors[0].code", equalTo("INVALID_VALUE"));
    }

    @Test
    void unknownKindIsRefused() {
        var body = opportunity(uniqueTeam());
        body.put("kind", "INTERNSHIP");

        offer(TestTokens.hrAdmin(), body)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].code", equalTo("INVALID_VALUE"));
    }

    @Test
    void outOfRangeNumbersAreReportedOnePerField() {
        var body = opportunity(uniqueTeam());
        body.put("openings", 0);
        body.put("timeCommitmentPercent", 101);

        offer(TestTokens.hrAdmin(), body)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("openings", "timeCommitmentPercent"))
                .body("errors.code", contains("OUT_OF_RANGE", "OUT_OF_RANGE"));
    }

    @Test
    void aReplayReachesOnlyAManagerWhoStillManagesTheHostTeam() {
        String team = uniqueTeam();
        String key = UUID.randomUUID().toString();
        String manager = "e-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.as(manager, "manager").managing(team).sign())
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(opportunity(team))
                .when().post("/opportunities")
                .then().statusCode(Status.CREATED.getStatusCode());

        given().auth().oauth2(TestTokens.as(manager, "manager").managing(uniqueTeam()).sign())
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(opportunity(team))
                .when().post("/opportunities")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .header(IDEMPOTENT_REPLAYED, nullValue())
                .body("code", equalTo("NOT_YOUR_TEAM"));
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswer() throws SQLException {
        String team = uniqueTeam();
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = offerWithKey(key, opportunity(team))
                .statusCode(Status.CREATED.getStatusCode())
                .header(IDEMPOTENT_REPLAYED, nullValue())
                .extract();
        ExtractableResponse<Response> second = offerWithKey(key, opportunity(team))
                .statusCode(Status.CREATED.getStatusCode())
                .header(IDEMPOTENT_REPLAYED, "true")
                .extract();

        assertThat(second.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(countOpportunities(team)).isEqualTo(1);
    }

    @Test
    void requestWithoutTokenIsUnauthenticated() {
        given().when().get("/opportunities")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body(opportunity(uniqueTeam()))
                .when().post("/opportunities")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void employeeCannotOffer() throws SQLException {
        String team = uniqueTeam();
        offer(TestTokens.employee("e-2"), opportunity(team))
                .statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("FORBIDDEN"));
        assertThat(countOpportunities(team)).isZero();
    }

    @Test
    void managerOffersForTheirOwnTeam() {
        String team = uniqueTeam();
        String manager = "e-" + UUID.randomUUID();

        offer(TestTokens.as(manager, "manager").managing(uniqueTeam(), team).sign(), opportunity(team))
                .statusCode(Status.CREATED.getStatusCode())
                .body("hostTeamId", equalTo(team))
                .body("createdBy", equalTo(manager));
    }

    @Test
    void managerCannotOfferForAnotherTeam() throws SQLException {
        String team = uniqueTeam();

        offer(managerOf(uniqueTeam()), opportunity(team))
                .statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("code", equalTo("NOT_YOUR_TEAM"))
                .body("type", equalTo("/problems/not-your-team"));
        assertThat(countOpportunities(team)).isZero();
    }

    @Test
    void managerWithoutManagesClaimCannotOffer() {
        offer(TestTokens.as("e-" + UUID.randomUUID(), "manager").sign(), opportunity(uniqueTeam()))
                .statusCode(Status.FORBIDDEN.getStatusCode())
                .body("code", equalTo("NOT_YOUR_TEAM"));
    }

    @Test
    void managerReplacesTheirOwnTeamsOpportunity() {
        String team = uniqueTeam();
        String otherTeamOfTheirs = uniqueTeam();
        String token = managerOf(team, otherTeamOfTheirs);
        String id = offer(token, opportunity(team)).statusCode(Status.CREATED.getStatusCode()).extract().path("id");

        replace(token, id, "\"0\"", opportunity(otherTeamOfTheirs))
                .statusCode(Status.OK.getStatusCode())
                .body("hostTeamId", equalTo(otherTeamOfTheirs));
    }

    @Test
    void managerCannotMoveAnOpportunityToAnotherTeam() {
        String team = uniqueTeam();
        String token = managerOf(team);
        String id = offer(token, opportunity(team)).statusCode(Status.CREATED.getStatusCode()).extract().path("id");

        replace(token, id, "\"0\"", opportunity(uniqueTeam()))
                .statusCode(Status.FORBIDDEN.getStatusCode())
                .body("code", equalTo("NOT_YOUR_TEAM"));
        given().auth().oauth2(token)
                .when().get("/opportunities/{id}", id)
                .then().body("hostTeamId", equalTo(team)).header("ETag", "\"0\"");
    }

    @Test
    void managerCannotReplaceAnotherTeamsOpportunity() {
        String team = uniqueTeam();
        String id = offer(TestTokens.hrAdmin(), opportunity(team)).statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");
        given().auth().oauth2(TestTokens.hrAdmin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/opportunities/{id}/open", id).then().statusCode(200);
        String intruderTeam = uniqueTeam();

        // Moving it into a team the manager does manage does not help: the current host team counts too.
        replace(managerOf(intruderTeam), id, "\"1\"", opportunity(intruderTeam))
                .statusCode(Status.FORBIDDEN.getStatusCode())
                .body("code", equalTo("NOT_YOUR_TEAM"));
    }

    @Test
    void unknownFieldIsRefused() {
        var body = opportunity(uniqueTeam());
        body.put("stipend", 500);

        offer(TestTokens.hrAdmin(), body)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"))
                .body("errors[0].field", equalTo("stipend"));
    }

    @Test
    void serverOwnedFieldIsRefusedByName() {
        var body = opportunity(uniqueTeam());
        body.put("createdBy", "someone-else");

        offer(TestTokens.hrAdmin(), body)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors[0].code", equalTo("READ_ONLY_FIELD"))
                .body("errors[0].field", equalTo("createdBy"));
    }

    @Test
    void problemsCarryTheirInstanceAndTraceId() {
        given().auth().oauth2(TestTokens.hrAdmin())
                .contentType(ContentType.JSON).body(opportunity(uniqueTeam(), "2027-03-12", "2027-03-11"))
                .when().post("/opportunities")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("instance", startsWith("/opportunities"))
                .body("traceId", notNullValue());
    }

    private record Offered(String startsOn, String id) {
    }

    private static ValidatableResponse offer(String token, Map<String, Object> body) {
        return given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(body)
                .when().post("/opportunities")
                .then();
    }

    private static ValidatableResponse offerWithKey(String key, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/opportunities")
                .then();
    }

    private static ValidatableResponse replace(String token, String id, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(token)
                .header("If-Match", ifMatch)
                .contentType(ContentType.JSON).body(body)
                .when().put("/opportunities/{id}", id)
                .then();
    }

    /** As HR, who sees the DRAFTs these tests offer. */
    private static ValidatableResponse listOpportunities(Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.hrAdmin())
                .queryParams(query)
                .when().get("/opportunities")
                .then();
    }

    private long countOpportunities(String hostTeamId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from opportunity where host_team_id = ?")) {
            statement.setString(1, hostTeamId);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
