package io.supportcoach.coaching.session;

import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.create;
import static io.supportcoach.coaching.session.Sessions.future;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Nobody is double-booked, however many requests for overlapping slots arrive at once. */
@QuarkusTest
class DoubleBookingTest {

    private static final int REQUESTS = 20;

    @Inject
    DataSource dataSource;

    @RepeatedTest(3)
    void twentyConcurrentRequestsForOverlappingSlotsOfOneCoachCreateExactlyOneSession() throws Exception {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        Instant start = future(20);
        String token = TestTokens.hrAdmin();
        List<Callable<Response>> requests = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            // Each its own coachee and a start a few minutes apart: only the coach's time is shared.
            var body = oneToOne(coachId, person(), start.plus(Duration.ofMinutes(i)));
            requests.add(() -> {
                ready.countDown();
                ready.await();
                return create(token, body);
            });
        }

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            for (Future<Response> answer : pool.invokeAll(requests)) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("SCHEDULE_CONFLICT");
                    assertThat(response.jsonPath().getString("errors[0].message")).startsWith(coachEmployee + " is busy from ");
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(REQUESTS - 1);
        assertThat(scheduledRowsOf(coachEmployee)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesAnOverlapEvenWithoutTheServicesCheck() throws SQLException {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        Instant start = future(21);
        String first = Sessions.scheduled(oneToOne(coachId, person(), start));
        String second = Sessions.scheduled(oneToOne(coachId, person(), start.plus(Duration.ofHours(1))));

        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("update session_participant set during ="
                        + " (select during from session_participant where session_id = ?::uuid and person = ?)"
                        + " where session_id = ?::uuid")) {
            statement.setString(1, first);
            statement.setString(2, coachEmployee);
            statement.setString(3, second);
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    statement::executeUpdate);
            assertThat(refused.getSQLState()).isEqualTo("23P01");
            assertThat(refused.getMessage()).contains("session_participant_no_overlap");
        }
    }

    private int scheduledRowsOf(String person) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select count(*) from session_participant where person = ? and status = 'SCHEDULED'")) {
            statement.setString(1, person);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
