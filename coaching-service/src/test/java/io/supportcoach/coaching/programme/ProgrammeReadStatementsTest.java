package io.supportcoach.coaching.programme;

import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.programme.Programmes.coach;
import static io.supportcoach.coaching.programme.Programmes.created;
import static io.supportcoach.coaching.programme.Programmes.enrolled;
import static io.supportcoach.coaching.programme.Programmes.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.supportcoach.testing.StatementCount;
import io.supportcoach.testing.StatementCount.Tally;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What reading coaches, programmes and enrolments sends the database, counted at the JDBC driver: a page of twice
 * the rows in as many statements, and no transaction (no BEGIN or COMMIT) on any read.
 */
@QuarkusTest
@TestProfile(StatementCount.Profile.class)
class ProgrammeReadStatementsTest {

    @Test
    void pagesOfTwiceTheRowsTakeAsManyStatements() {
        // Each coachee of this coach in a programme of their own, so each row of a page names another programme.
        String coachId = coach(person(), 6);
        for (int i = 0; i < 6; i++) {
            enrolled(created(List.of(coachId)), person(), coachId);
        }
        String otherCoach = coach(person(), 6);
        String busiest = created(List.of(otherCoach));
        for (int i = 0; i < 6; i++) {
            enrolled(busiest, person(), otherCoach);
        }

        for (String list : List.of("/coaches/" + coachId + "/coachees", "/programmes/" + busiest + "/enrolments",
                "/programmes?coach=" + coachId)) {
            String page = list + (list.contains("?") ? "&" : "?") + "limit=";
            Tally three = count(page + 3, 3);
            Tally six = count(page + 6, 6);
            assertThat(six).as("a page of 6 against one of 3 of " + list).isEqualTo(three);
            assertThat(three.transactions()).as("transactions of GET " + list).isZero();
        }
    }

    @Test
    void singleReadsSendNoTransaction() {
        String coachId = coach(person(), 2);
        String programme = created(List.of(coachId));
        String enrolment = enrolled(programme, person(), coachId);

        for (String read : List.of("/coaches/" + coachId, "/programmes/" + programme, "/enrolments/" + enrolment,
                "/coaches?limit=5", "/scenarios?limit=5")) {
            assertThat(StatementCount.of(() -> given().auth().oauth2(TestTokens.hrAdmin()).get(read).then()
                    .statusCode(200)).transactions()).as("transactions of GET " + read).isZero();
        }
    }

    private static Tally count(String page, int items) {
        return StatementCount.of(() -> given().auth().oauth2(TestTokens.hrAdmin()).get(page).then().statusCode(200)
                .body("items", hasSize(items)));
    }
}
