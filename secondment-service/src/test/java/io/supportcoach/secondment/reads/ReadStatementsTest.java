package io.supportcoach.secondment.reads;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.supportcoach.secondment.plan.PlanFixtures.approvedPlacement;
import static io.supportcoach.secondment.plan.PlanFixtures.managerOf;
import static io.supportcoach.secondment.plan.PlanFixtures.newEmployee;
import static io.supportcoach.secondment.plan.PlanFixtures.newTeam;
import static io.supportcoach.secondment.plan.PlanFixtures.offerOpportunity;
import static io.supportcoach.secondment.plan.PlanFixtures.stubTeamPeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.supportcoach.testing.CalleeStub;
import io.supportcoach.testing.StatementCount;
import io.supportcoach.testing.StatementCount.Tally;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What the reads send the database, counted at the JDBC driver: a list, plan, feed or ranking of twice the rows in as
 * many statements (no statement per row), and no transaction (no BEGIN or COMMIT) on any read. The counts are pinned,
 * so a statement more is a decision, not an accident.
 */
@QuarkusTest
@TestProfile(StatementCount.Profile.class)
class ReadStatementsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    CalleeStub skillsService;

    @Test
    void placementPagesOfTwiceThePlacementsTakeAsManyStatements() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String manager = managerOf(home, host);
        for (int i = 0; i < 6; i++) {
            // Each approved placement has a change waiting for the manager, so every row of a page shows one.
            String id = approvedPlacement(employee, home, host, TODAY.plusDays(10 + 20 * i),
                    TODAY.plusDays(20 + 20 * i), 10);
            proposeChange(TestTokens.employee(employee), id, TODAY.plusDays(15 + 20 * i));
        }

        String awaiting = "/placements?awaiting=me&team=" + host + "&limit=";
        assertCost("GET /placements?awaiting=me: the page, its reviews, its proposed changes", 3,
                page(manager, awaiting + 3, 3, "items.awaitingYou.changeIds"),
                page(manager, awaiting + 6, 6, "items.awaitingYou.changeIds"));
        String all = "/placements?employee=" + employee + "&limit=";
        assertCost("HR's GET /placements", 3, page(TestTokens.hrAdmin(), all + 3, 3, null),
                page(TestTokens.hrAdmin(), all + 6, 6, null));
    }

    @Test
    void aChangePageOfTwiceTheChangesTakesAsManyStatements() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String id = approvedPlacement(employee, home, host, TODAY.plusDays(10), TODAY.plusDays(40), 10);
        for (int i = 0; i < 6; i++) {
            proposeChange(TestTokens.employee(employee), id, TODAY.plusDays(20 + i));
        }

        String changes = "/placements/" + id + "/changes?limit=";
        assertCost("GET /placements/{id}/changes: the placement, the page", 2,
                page(managerOf(host), changes + 3, 3, null), page(managerOf(host), changes + 6, 6, null));
    }

    @Test
    void anOpportunityPageOfTwiceTheOpportunitiesTakesAsManyStatements() {
        String host = newTeam();
        for (int i = 0; i < 6; i++) {
            offerOpportunity(host);
        }

        // Drafts, which only HR and the host team's managers see.
        String drafts = "/opportunities?hostTeam=" + host + "&limit=";
        for (String token : List.of(TestTokens.hrAdmin(), managerOf(host))) {
            assertCost("GET /opportunities", 1, page(token, drafts + 3, 3, null), page(token, drafts + 6, 6, null));
        }
    }

    @Test
    void aPlanAndAFeedOfTwiceThePlacementsTakeAsManyStatements() {
        String team = newTeam();
        String host = newTeam();
        String manager = managerOf(team);
        String feed = URI.create(given().auth().oauth2(manager).post("/teams/{teamId}/calendar-feed", team).then()
                .statusCode(201).extract().<String>path("url")).getPath();
        // Names come from skills-service: the team lists nobody, so each is asked for by id.
        stubTeamPeople(skillsService, team, Map.of());
        placeAway(team, host, 2);
        Tally plan = plan(manager, team, 2, ContentType.JSON.toString());
        Tally svg = plan(manager, team, 2, "image/svg+xml");
        Tally calendar = feed(feed);

        placeAway(team, host, 2);
        assertCost("a plan: the placements", 1, plan, plan(manager, team, 4, ContentType.JSON.toString()));
        assertCost("a plan's picture: the placements", 1, svg, plan(manager, team, 4, "image/svg+xml"));
        assertCost("a feed: its team, the placements", 2, calendar, feed(feed));
    }

    @Test
    void aRankingOfTwiceThePeopleTakesAsManyStatements() {
        String opportunity = offerOpportunity(newTeam());
        String few = teamOfPlacedPeople(3);
        String many = teamOfPlacedPeople(6);

        assertCost("a ranking: the opportunity, everyone's busiest day", 2, rank(opportunity, few, 3),
                rank(opportunity, many, 6));
    }

    @Test
    void anOpportunityAPlacementAndAChangeAreReadWithoutATransaction() {
        String home = newTeam();
        String host = newTeam();
        String employee = newEmployee(home);
        String opportunity = offerOpportunity(host);
        String placement = approvedPlacement(employee, home, host, TODAY.plusDays(10), TODAY.plusDays(20), 10);
        String change = proposeChange(TestTokens.employee(employee), placement, TODAY.plusDays(15));
        String manager = managerOf(host);

        assertThat(read(manager, "/opportunities/" + opportunity)).as("GET /opportunities/{id}").isEqualTo(reads(1));
        assertThat(read(manager, "/placements/" + placement))
                .as("GET /placements/{id}: the placement (only a COMPLETED one has reviews to read)")
                .isEqualTo(reads(1));
        assertThat(read(manager, "/placements/" + placement + "/changes/" + change))
                .as("GET /placements/{id}/changes/{changeId}: the placement, the change").isEqualTo(reads(2));
    }

    /** This many statements, outside any transaction. */
    @Test
    void theOutboxIsReadInOneStatementWithoutATransaction() {
        assertThat(read(TestTokens.hrAdmin(), "/outbox-messages?limit=5")).as("GET /outbox-messages")
                .isEqualTo(reads(1));
        assertThat(StatementCount.of(() -> given().auth().oauth2(TestTokens.hrAdmin())
                .get("/outbox-messages/{id}", UUID.randomUUID()).then().statusCode(404)))
                .as("GET /outbox-messages/{id}").isEqualTo(reads(1));
    }

    private static Tally reads(long statements) {
        return new Tally(statements, 0);
    }

    /** A read of twice the rows costs what the smaller one does: this many statements, outside any transaction. */
    private static void assertCost(String read, long statements, Tally smaller, Tally twiceTheRows) {
        assertThat(twiceTheRows).as(read + ", twice the rows").isEqualTo(smaller);
        assertThat(smaller).as(read).isEqualTo(reads(statements));
    }

    private static Tally read(String token, String path) {
        return StatementCount.of(() -> given().auth().oauth2(token).get(path).then().statusCode(200));
    }

    /** A page read by {@code token}, checked to hold {@code items} rows, each with one of {@code perRow} if named. */
    private static Tally page(String token, String path, int items, String perRow) {
        return StatementCount.of(() -> {
            var answer = given().auth().oauth2(token).get(path).then().statusCode(200).body("items", hasSize(items));
            if (perRow != null) {
                answer.body(perRow, everyItem(hasSize(1)));
            }
        });
    }

    private static Tally plan(String token, String team, int placements, String accept) {
        return StatementCount.of(() -> {
            var answer = given().auth().oauth2(token).accept(accept).get("/teams/{teamId}/plan", team).then()
                    .statusCode(200);
            if (accept.equals(ContentType.JSON.toString())) {
                answer.body("people", hasSize(placements));
            }
        });
    }

    private static Tally feed(String path) {
        return StatementCount.of(() -> given().get(path).then().statusCode(200));
    }

    private static Tally rank(String opportunity, String team, int people) {
        return StatementCount.of(() -> given().auth().oauth2(managerOf(team)).queryParam("team", team)
                .get("/opportunities/{id}/candidates", opportunity).then().statusCode(200)
                .body("items", hasSize(people)));
    }

    /** Places {@code count} new people of the team in the host team from next week, one each. */
    private static void placeAway(String team, String host, int count) {
        for (int i = 0; i < count; i++) {
            approvedPlacement(newEmployee(team), team, host, TODAY.plusDays(7), TODAY.plusDays(14), 50);
        }
    }

    /** A team of {@code size} people in skills-service, with no goals, each placed elsewhere in March 2027. */
    private String teamOfPlacedPeople(int size) {
        String team = newTeam();
        String host = newTeam();
        Map<String, String> people = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String employee = newEmployee(team);
            people.put(employee, "Person " + i);
            approvedPlacement(employee, team, host, LocalDate.of(2027, 3, 1 + i), LocalDate.of(2027, 3, 10), 20);
        }
        stubTeamPeople(skillsService, team, people);
        skillsService.server().stubFor(get(urlPathEqualTo("/teams/" + team + "/goals")).atPriority(1)
                .willReturn(okJson("{\"items\": []}")));
        return team;
    }

    /** Proposes a new last day for the placement; answers the change's id. */
    private static String proposeChange(String token, String placementId, LocalDate endsOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("endsOn", endsOn.toString(), "reason", "Needed back home."))
                .post("/placements/{id}/changes", placementId).then().statusCode(201).extract().path("id");
    }
}
