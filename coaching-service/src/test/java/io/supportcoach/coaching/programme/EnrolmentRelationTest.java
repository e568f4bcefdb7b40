package io.supportcoach.coaching.programme;

import static io.supportcoach.coaching.programme.Programmes.active;
import static io.supportcoach.coaching.programme.Programmes.coach;
import static io.supportcoach.coaching.programme.Programmes.command;
import static io.supportcoach.coaching.programme.Programmes.created;
import static io.supportcoach.coaching.programme.Programmes.enrolled;
import static io.supportcoach.coaching.programme.Programmes.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * skills-service learns through the outbox that a coach coaches an employee while their enrolment is ACTIVE: the
 * grant is written in the transaction of the acceptance, the revocation in that of the end.
 */
@QuarkusTest
class EnrolmentRelationTest {

    @Inject
    DataSource dataSource;

    @Test
    void acceptingGrantsAndCompletingRevokesTheCoachingRelation() throws SQLException {
        String coachEmployee = person();
        String coachId = coach(coachEmployee, 4);
        String programme = created(List.of(coachId));
        String employee = person();
        String id = enrolled(programme, employee, coachId);
        assertThat(messagesOf(id)).isEmpty();

        command(TestTokens.employee(employee), id, "accept").then().statusCode(200);
        assertThat(messagesOf(id)).containsExactly("coaching-relation-granted " + coachEmployee + " " + employee);

        command(TestTokens.as(coachEmployee, "coach").sign(), id, "complete").then().statusCode(200);
        assertThat(messagesOf(id)).containsExactly("coaching-relation-granted " + coachEmployee + " " + employee,
                "coaching-relation-revoked null null");
    }

    @Test
    void withdrawingAnActiveEnrolmentRevokesAndAnInvitedOneHadNothingToRevoke() throws SQLException {
        String coachId = coach(person(), 4);
        String programme = created(List.of(coachId));
        String active = active(programme, person(), coachId);
        String invited = enrolled(programme, person(), coachId);

        command(TestTokens.hrAdmin(), active, "withdraw").then().statusCode(200);
        command(TestTokens.hrAdmin(), invited, "withdraw").then().statusCode(200);

        assertThat(messagesOf(active)).hasSize(2).last().asString().startsWith("coaching-relation-revoked");
        assertThat(messagesOf(invited)).isEmpty();
    }

    /** The relation messages of the enrolment, oldest first, as type, coach and coachee. */
    private List<String> messagesOf(String enrolmentId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select message_type, payload ->> 'coachId',"
                        + " payload ->> 'coacheeId' from outbox_message where aggregate_type = 'coaching-relation'"
                        + " and aggregate_id = ? order by position")) {
            statement.setString(1, "enrolment:" + enrolmentId);
            List<String> messages = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    messages.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            return messages;
        }
    }
}
