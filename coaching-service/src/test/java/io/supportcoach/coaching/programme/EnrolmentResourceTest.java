package io.supportcoach.coaching.programme;

import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.programme.Programmes.active;
import static io.supportcoach.coaching.programme.Programmes.coach;
import static io.supportcoach.coaching.programme.Programmes.command;
import static io.supportcoach.coaching.programme.Programmes.created;
import static io.supportcoach.coaching.programme.Programmes.enrol;
import static io.supportcoach.coaching.programme.Programmes.enrolled;
import static io.supportcoach.coaching.programme.Programmes.person;
import static io.supportcoach.coaching.programme.Programmes.read;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.supportcoach.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An enrolment's lifecycle, who may move it, and when it counts as stalled. */
@QuarkusTest
class EnrolmentResourceTest {

    private static final String HR = TestTokens.hrAdmin();

    @Inject
    DataSource dataSource;

    @Test
    void anInvitedEmployeeAcceptsAndTheCoachCompletes() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee, 4);
        String programme = created(List.of(coachId));
        String employee = person();

        var invited = enrol(HR, programme, employee, coachId);
        invited.then().statusCode(201).header("ETag", "\"0\"").body("status", equalTo("INVITED"))
                .body("coachEmployeeId", equalTo(coachEmployee)).body("acceptedAt", nullValue())
                .body("stalled", equalTo(false));
        String id = invited.path("id");

        command(coachToken(coachEmployee), id, "accept").then().statusCode(403).body("code", equalTo("NOT_THE_EMPLOYEE"));
        command(TestTokens.employee(employee), id, "complete").then().statusCode(403)
                .body("code", equalTo("NOT_THE_COACH"));
        command(coachToken(coachEmployee), id, "complete").then().statusCode(409)
                .body("code", equalTo("ENROLMENT_NOT_ACTIVE"));
        command(TestTokens.employee(employee), id, "accept").then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("acceptedAt", notNullValue()).body("updatedBy", equalTo(employee));
        command(TestTokens.employee(employee), id, "accept").then().statusCode(409)
                .body("code", equalTo("ENROLMENT_NOT_INVITED"));
        command(coachToken(coachEmployee), id, "complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("endedAt", notNullValue());
        command(TestTokens.employee(employee), id, "withdraw").then().statusCode(409)
                .body("code", equalTo("ENROLMENT_ENDED"));
    }

    @Test
    void anEmployeeWithdrawsWithAReasonAndAStaleETagIsRefused() {
        String coachId = coach(person(), 4);
        String programme = created(List.of(coachId));
        String employee = person();
        String id = enrolled(programme, employee, coachId);
        given().auth().oauth2(TestTokens.employee(employee)).contentType(ContentType.JSON)
                .post("/enrolments/{id}/withdraw", id).then().statusCode(428);
        given().auth().oauth2(TestTokens.employee(employee)).header("If-Match", "\"5\"").contentType(ContentType.JSON)
                .post("/enrolments/{id}/withdraw", id).then().statusCode(412);
        given().auth().oauth2(TestTokens.employee(employee)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "Moved to the network team.")).post("/enrolments/{id}/withdraw", id).then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawReason", equalTo("Moved to the network team."));
        // Withdrawn, the employee may be enrolled again.
        enrolled(programme, employee, coachId);
    }

    @Test
    void strangersSeeNothingAndEachSeesTheirOwn() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee, 4);
        String programme = created(List.of(coachId));
        String mine = person();
        String theirs = person();
        String myEnrolment = enrolled(programme, mine, coachId);
        String theirEnrolment = enrolled(programme, theirs, coachId);

        read(TestTokens.employee(mine), theirEnrolment).then().statusCode(404);
        read(coachToken(person()), myEnrolment).then().statusCode(404);
        command(TestTokens.employee(theirs), myEnrolment, "withdraw").then().statusCode(404);
        read(TestTokens.employee(mine), myEnrolment).then().statusCode(200).body("employeeId", equalTo(mine));

        given().auth().oauth2(TestTokens.employee(mine)).get("/programmes/{id}/enrolments", programme).then()
                .statusCode(200).body("items.id", contains(myEnrolment));
        given().auth().oauth2(coachToken(coachEmployee)).get("/programmes/{id}/enrolments", programme).then()
                .statusCode(200).body("items.id", containsInAnyOrder(myEnrolment, theirEnrolment));
        given().auth().oauth2(HR).get("/programmes/{id}/enrolments", UUID.randomUUID()).then().statusCode(404);
        enrol(TestTokens.as(person(), "manager").sign(), programme, person(), coachId).then().statusCode(403);
    }

    @Test
    void senselessEnrolmentsAreRefusedWithCodes() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee, 4);
        String outsider = coach(person(), 4);
        String programme = created(List.of(coachId));
        String employee = person();
        enrolled(programme, employee, coachId);

        enrol(HR, programme, employee, coachId).then().statusCode(409).body("code", equalTo("ALREADY_ENROLLED"));
        enrol(HR, programme, person(), outsider).then().statusCode(422).body("code", equalTo("COACH_NOT_IN_PROGRAMME"))
                .body("errors[0].field", equalTo("coachId"));
        enrol(HR, programme, coachEmployee, coachId).then().statusCode(400)
                .body("errors[0].code", equalTo("IS_THE_COACH"));
        enrol(HR, UUID.randomUUID().toString(), person(), coachId).then().statusCode(404);

        var ended = Programmes.programme(List.of(coachId));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ended.put("startsOn", today.minusDays(60).toString());
        ended.put("endsOn", today.minusDays(1).toString());
        String endedId = given().auth().oauth2(HR).contentType(ContentType.JSON).body(ended).post("/programmes")
                .then().statusCode(201).extract().path("id");
        enrol(HR, endedId, person(), coachId).then().statusCode(409).body("code", equalTo("PROGRAMME_ENDED"));
    }

    @Test
    void anActiveEnrolmentWithoutSessionsStallsAfterTheConfiguredPeriodAndIsListedSo() throws SQLException {
        String coachId = coach(person(), 6);
        String programme = created(List.of(coachId));
        String quiet = active(programme, person(), coachId);
        String fresh = active(programme, person(), coachId);
        String invited = enrolled(programme, person(), coachId);
        acceptedDaysAgo(quiet, 29);
        acceptedDaysAgo(fresh, 27);

        read(HR, quiet).then().statusCode(200).body("stalled", equalTo(true))
                .body("lastCompletedSessionAt", nullValue());
        read(HR, fresh).then().statusCode(200).body("stalled", equalTo(false));
        given().auth().oauth2(HR).queryParam("stalled", "true").get("/programmes/{id}/enrolments", programme).then()
                .statusCode(200).body("items.id", contains(quiet));
        given().auth().oauth2(HR).queryParam("stalled", "false").get("/programmes/{id}/enrolments", programme).then()
                .statusCode(200).body("items.id", containsInAnyOrder(fresh, invited));
        given().auth().oauth2(HR).queryParam("status", "INVITED").get("/programmes/{id}/enrolments", programme).then()
                .statusCode(200).body("items.id", contains(invited));
        given().auth().oauth2(HR).queryParam("stalled", "yes").get("/programmes/{id}/enrolments", programme).then()
                .statusCode(400);
    }

    @Test
    void aCompletedSessionOfTheProgrammeWithTheCoachKeepsAnEnrolmentFromStalling() throws SQLException {
        String coachId = coach(person(), 6);
        String programme = created(List.of(coachId));
        String employee = person();
        String id = active(programme, employee, coachId);
        acceptedDaysAgo(id, 40);
        Instant longAgo = Instant.now().minus(Duration.ofDays(35)).truncatedTo(ChronoUnit.SECONDS);
        record(programme, coachId, employee, longAgo);
        read(HR, id).then().statusCode(200).body("stalled", equalTo(true))
                .body("lastCompletedSessionAt", equalTo(longAgo.plus(Duration.ofHours(1)).toString()));

        Instant lately = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        record(programme, coachId, employee, lately);
        read(HR, id).then().statusCode(200).body("stalled", equalTo(false))
                .body("lastCompletedSessionAt", equalTo(lately.plus(Duration.ofHours(1)).toString()));
        given().auth().oauth2(HR).queryParam("stalled", "true").get("/programmes/{id}/enrolments", programme).then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    /** Records, as HR, a one-hour session of the programme that took place at {@code start}. */
    private static void record(String programme, String coachId, String employee, Instant start) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("kind", "ONE_TO_ONE");
        body.put("coachId", coachId);
        body.put("coacheeIds", List.of(employee));
        body.put("start", start.toString());
        body.put("end", start.plus(Duration.ofHours(1)).toString());
        body.put("timeZone", "Europe/Berlin");
        body.put("skills", Programmes.CURRICULUM);
        body.put("location", "Room 4.12");
        body.put("programmeId", programme);
        body.put("status", "COMPLETED");
        body.put("completion", Map.of("observations", List.of()));
        given().auth().oauth2(HR).contentType(ContentType.JSON).body(body).post("/coaching-sessions").then()
                .statusCode(201);
    }

    @Test
    void stalledIsNeverTakenFromARequest() {
        String coachId = coach(person(), 4);
        String programme = created(List.of(coachId));
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", person(), "coachId", coachId, "stalled", true))
                .post("/programmes/{id}/enrolments", programme).then().statusCode(400);
    }

    @Test
    void hrListsTheCoacheesOfACoachToReassignThem() {
        String coachId = coach(person(), 6);
        String spring = created(List.of(coachId));
        String autumn = created(List.of(coachId));
        String first = enrolled(spring, "e-a-" + UUID.randomUUID(), coachId);
        String second = active(autumn, "e-b-" + UUID.randomUUID(), coachId);
        String done = active(autumn, person(), coachId);
        command(HR, done, "complete").then().statusCode(200);

        given().auth().oauth2(HR).get("/coaches/{id}/coachees", coachId).then().statusCode(200)
                .body("items.enrolment.id", contains(first, second))
                .body("items.programmeName", contains("Service desk soft skills, spring",
                        "Service desk soft skills, spring"))
                .body("items[1].enrolment.status", equalTo("ACTIVE"));
        given().auth().oauth2(HR).get("/coaches/{id}/coachees", UUID.randomUUID()).then().statusCode(404);
    }

    private void acceptedDaysAgo(String enrolmentId, int days) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("update enrolment set accepted_at = now() - make_interval("
                        + "days => ?) where id = ?::uuid")) {
            statement.setInt(1, days);
            statement.setString(2, enrolmentId);
            statement.executeUpdate();
        }
    }

    private static String coachToken(String employeeId) {
        return TestTokens.as(employeeId, "coach").sign();
    }
}
