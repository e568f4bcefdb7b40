package io.supportcoach.coaching.session;

import static io.supportcoach.coaching.session.Sessions.body;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.create;
import static io.supportcoach.coaching.session.Sessions.future;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.supportcoach.testing.StatementCount;
import io.supportcoach.testing.StatementCount.Tally;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What booking a session sends the database, counted at the JDBC driver: everyone's locks, the overlap check and the
 * participants each take one statement however many people the session holds, so a group of three costs what a
 * one-to-one does. The count is pinned, so a statement more is a decision, not an accident.
 */
@QuarkusTest
@TestProfile(StatementCount.Profile.class)
class BookingStatementsTest {

    @Test
    void aGroupOfThreeIsBookedInTheStatementsOfAOneToOne() {
        String coachId = coach(person());
        String hr = TestTokens.hrAdmin();

        Tally oneToOne = StatementCount.of(() -> create(hr, oneToOne(coachId, person(), future(20))).then()
                .statusCode(201).body("status", equalTo("SCHEDULED")).body("history", empty()));
        Tally group = StatementCount.of(() -> create(hr, body("GROUP", coachId, List.of(person(), person(), person()),
                future(21), Duration.ofHours(1))).then().statusCode(201).body("coacheeIds", hasSize(3)));

        assertThat(group).as("a group of three against a one-to-one").isEqualTo(oneToOne);
        assertThat(oneToOne).as("booking a one-to-one").isEqualTo(new Tally(5, 1));
    }
}
