package io.supportcoach.coaching.programme;

import static io.supportcoach.coaching.programme.Programmes.coach;
import static io.supportcoach.coaching.programme.Programmes.created;
import static io.supportcoach.coaching.programme.Programmes.enrol;
import static io.supportcoach.coaching.programme.Programmes.enrolled;
import static io.supportcoach.coaching.programme.Programmes.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
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

/** A coach never has more invited and active coachees than their capacity, however many enrolments arrive at once. */
@QuarkusTest
class EnrolmentCapacityTest {

    private static final int REQUESTS = 20;
    private static final int CAPACITY = 3;

    @Inject
    DataSource dataSource;

    @RepeatedTest(3)
    void twentyConcurrentEnrolmentsWithACoachOfCapacityThreeMakeExactlyThree() throws Exception {
        String coachId = coach(person(), CAPACITY);
        // Two programmes share the coach: the capacity counts over all of them.
        String spring = created(List.of(coachId));
        String autumn = created(List.of(coachId));
        String token = TestTokens.hrAdmin();
        CountDownLatch ready = new CountDownLatch(REQUESTS);
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String programme = i % 2 == 0 ? spring : autumn;
            String employee = person();
            requests.add(() -> {
                ready.countDown();
                ready.await();
                return enrol(token, programme, employee, coachId);
            });
        }

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            for (Future<Response> answer : pool.invokeAll(requests)) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("COACH_AT_CAPACITY");
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(CAPACITY);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(REQUESTS - CAPACITY);
        assertThat(openEnrolmentsOf(coachId)).isEqualTo(CAPACITY);
    }

    @Test
    void aWithdrawnOrCompletedEnrolmentFreesItsPlace() {
        String coachId = coach(person(), 1);
        String programme = created(List.of(coachId));
        String first = Programmes.active(programme, person(), coachId);
        enrol(TestTokens.hrAdmin(), programme, person(), coachId).then().statusCode(409)
                .body("code", equalTo("COACH_AT_CAPACITY"));

        Programmes.command(TestTokens.hrAdmin(), first, "complete").then().statusCode(200);
        String second = enrolled(programme, person(), coachId);
        Programmes.command(TestTokens.hrAdmin(), second, "withdraw").then().statusCode(200);
        enrolled(programme, person(), coachId);
    }

    @Test
    void concurrentEnrolmentsOfOneEmployeeWithTwoCoachesMakeOne() throws Exception {
        String first = coach(person(), 5);
        String second = coach(person(), 5);
        String programme = created(List.of(first, second));
        String employee = person();
        String token = TestTokens.hrAdmin();
        CountDownLatch ready = new CountDownLatch(REQUESTS);
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String coachId = i % 2 == 0 ? first : second;
            requests.add(() -> {
                ready.countDown();
                ready.await();
                return enrol(token, programme, employee, coachId);
            });
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            for (Future<Response> answer : pool.invokeAll(requests)) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.jsonPath().getString("code")).isEqualTo("ALREADY_ENROLLED");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(REQUESTS - 1);
    }

    private int openEnrolmentsOf(String coachId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from enrolment"
                        + " where coach_id = ?::uuid and status in ('INVITED', 'ACTIVE')")) {
            statement.setString(1, coachId);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
