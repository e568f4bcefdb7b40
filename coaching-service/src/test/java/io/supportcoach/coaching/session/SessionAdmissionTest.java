package io.supportcoach.coaching.session;

import static io.restassured.RestAssured.given;
import static io.supportcoach.coaching.session.Sessions.coach;
import static io.supportcoach.coaching.session.Sessions.coachToken;
import static io.supportcoach.coaching.session.Sessions.command;
import static io.supportcoach.coaching.session.Sessions.create;
import static io.supportcoach.coaching.session.Sessions.future;
import static io.supportcoach.coaching.session.Sessions.oneToOne;
import static io.supportcoach.coaching.session.Sessions.person;
import static io.supportcoach.coaching.session.Sessions.read;
import static io.supportcoach.coaching.session.Sessions.scheduled;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Who may create a session and in which status: sessions ahead within the coach's working hours, sessions recorded
 * after they took place, and an employee's request that the coach confirms or declines.
 */
@QuarkusTest
class SessionAdmissionTest {

    private static final String HR = TestTokens.hrAdmin();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aSessionAheadMustStartInTheFuture() {
        String coachId = coach(person());
        create(HR, oneToOne(coachId, person(), Instant.now().minus(Duration.ofHours(2)))).then().statusCode(422)
                .body("code", equalTo("START_IN_PAST")).body("errors[0].field", equalTo("start"));
    }

    @Test
    void aSessionThatTookPlaceIsRecordedCompletedWithItsObservationsByItsCoach() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String coachee = person();
        var body = oneToOne(coachId, coachee, Instant.now().minus(Duration.ofDays(2)));
        body.put("status", "COMPLETED");
        body.put("completion", Map.of("observations", List.of(Map.of("employeeId", coachee, "skill", "empathy",
                "level", 3, "observed", "Named the caller's frustration before the fix.")),
                "privateNotes", "Practise the escalation script."));

        create(TestTokens.employee(coachee), body).then().statusCode(403);
        String id = create(coachToken(coachEmployee), body).then().statusCode(201)
                .body("status", equalTo("COMPLETED")).body("completedAt", notNullValue())
                .body("observations.skill", contains("empathy")).body("observations.evidence", contains("PENDING"))
                .body("privateNotes", equalTo("Practise the escalation script.")).extract().path("id");
        read(TestTokens.employee(coachee), id).then().statusCode(200).body("status", equalTo("COMPLETED"));
        // A recorded session holds no time: the coach may be booked at that hour in another record.
        var other = oneToOne(coachId, person(), Instant.parse((String) body.get("start")));
        other.put("status", "COMPLETED");
        other.put("completion", Map.of("observations", List.of()));
        create(HR, other).then().statusCode(201);
    }

    @Test
    void aRecordedSessionHasBegunAndSaysWhatWasObserved() {
        String coachId = coach(person());
        var ahead = oneToOne(coachId, person(), future(3));
        ahead.put("status", "COMPLETED");
        ahead.put("completion", Map.of("observations", List.of()));
        create(HR, ahead).then().statusCode(422).body("code", equalTo("START_IN_FUTURE"));

        var withoutCompletion = oneToOne(coachId, person(), Instant.now().minus(Duration.ofDays(1)));
        withoutCompletion.put("status", "COMPLETED");
        create(HR, withoutCompletion).then().statusCode(400).body("errors[0].field", equalTo("completion"));

        var scheduledWithCompletion = oneToOne(coachId, person(), future(3));
        scheduledWithCompletion.put("completion", Map.of("observations", List.of()));
        create(HR, scheduledWithCompletion).then().statusCode(400).body("errors[0].code", equalTo("NOT_COMPLETED"));

        var requested = oneToOne(coachId, person(), future(3));
        requested.put("status", "REQUESTED");
        create(HR, requested).then().statusCode(400);
    }

    @Test
    void aSessionOutsideTheCoachsWorkingHoursIsRefusedNamingThem() {
        String coachEmployee = person();
        String coachId = given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", coachEmployee, "displayName", "Priya Raman", "skills", Sessions.SKILLS,
                        "capacity", 6, "timeZone", "Europe/Berlin", "workingHours",
                        List.of(Map.of("day", "MONDAY", "from", "09:00", "to", "17:00"))))
                .post("/coaches").then().statusCode(201).body("timeZone", equalTo("Europe/Berlin"))
                .extract().path("id");
        LocalDate monday = LocalDate.now(BERLIN).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        String inside = scheduled(oneToOne(coachId, person(), at(monday, 16, 0)));
        create(HR, oneToOne(coachId, person(), at(monday, 16, 30))).then().statusCode(409)
                .body("code", equalTo("OUTSIDE_WORKING_HOURS"))
                .body("detail", containsString("MONDAY 09:00-17:00 (Europe/Berlin)"))
                .body("errors[0].field", equalTo("start"));
        create(HR, oneToOne(coachId, person(), at(monday.plusDays(1), 10, 0))).then().statusCode(409)
                .body("code", equalTo("OUTSIDE_WORKING_HOURS"));
        create(HR, oneToOne(coachId, person(), at(monday, 8, 30))).then().statusCode(409);

        command(HR, inside, "reschedule", Map.of("start", at(monday, 17, 0).toString(), "end",
                at(monday, 18, 0).toString(), "timeZone", "Europe/Berlin")).then().statusCode(409)
                .body("code", equalTo("OUTSIDE_WORKING_HOURS"));
        command(HR, inside, "reschedule", Map.of("start", at(monday, 9, 0).toString(), "end",
                at(monday, 10, 0).toString(), "timeZone", "Europe/Berlin")).then().statusCode(200);
    }

    @Test
    void overlappingOrInvertedHoursAreRefusedAndARegisteredCoachWorksOfficeHoursInUtc() {
        var overlapping = List.of(Map.of("day", "MONDAY", "from", "09:00", "to", "13:00"),
                Map.of("day", "MONDAY", "from", "12:00", "to", "17:00"),
                Map.of("day", "TUESDAY", "from", "17:00", "to", "09:00"));
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", person(), "displayName", "Priya Raman", "skills", Sessions.SKILLS,
                        "capacity", 6, "workingHours", overlapping))
                .post("/coaches").then().statusCode(400)
                .body("errors.code", contains("OVERLAPPING_HOURS", "OUT_OF_RANGE"));
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", person(), "displayName", "Priya Raman", "skills", Sessions.SKILLS,
                        "capacity", 6))
                .post("/coaches").then().statusCode(201).body("timeZone", equalTo("UTC"))
                .body("workingHours.day", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("workingHours[0].from", equalTo("09:00")).body("workingHours[4].to", equalTo("17:00"));
    }

    @Test
    void anEmployeeRequestsASessionWithTheirProgrammesCoachWhoConfirmsIt() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String employee = person();
        String programme = programme(coachId);
        String enrolment = enrol(programme, employee, coachId);
        Instant start = future(6);
        var request = oneToOne(coachId, employee, start);

        create(TestTokens.employee(employee), request).then().statusCode(403)
                .body("code", equalTo("NOT_ENROLLED_WITH_COACH"));
        accept(employee, enrolment);
        create(TestTokens.employee(employee), oneToOne(coachId, person(), start)).then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_SESSION"));
        String id = create(TestTokens.employee(employee), request).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("id");

        // A request holds nobody's time, so the coach's hour can still be given to someone else.
        String taken = scheduled(oneToOne(coachId, person(), start));
        command(coachToken(coachEmployee), id, "confirm", null).then().statusCode(409)
                .body("code", equalTo("SCHEDULE_CONFLICT"));
        command(HR, taken, "cancel", Map.of("reason", "Moved.")).then().statusCode(200);
        command(TestTokens.employee(employee), id, "confirm", null).then().statusCode(403);
        command(coachToken(coachEmployee), id, "confirm", null).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        command(coachToken(coachEmployee), id, "confirm", null).then().statusCode(409)
                .body("code", equalTo("SESSION_NOT_REQUESTED"));
        create(HR, oneToOne(coachId, person(), start)).then().statusCode(409).body("code", equalTo("SCHEDULE_CONFLICT"));
    }

    @Test
    void theCoachDeclinesARequestWithAReason() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String employee = person();
        String programme = programme(coachId);
        accept(employee, enrol(programme, employee, coachId));
        var request = oneToOne(coachId, employee, future(7));
        request.put("programmeId", programme);
        String id = create(TestTokens.employee(employee), request).then().statusCode(201)
                .body("programmeId", equalTo(programme)).extract().path("id");

        command(coachToken(coachEmployee), id, "decline", Map.of()).then().statusCode(400);
        command(coachToken(coachEmployee), id, "decline", Map.of("reason", "On leave that week.")).then()
                .statusCode(200).body("status", equalTo("DECLINED")).body("declineReason", equalTo("On leave that week."));
        given().auth().oauth2(TestTokens.employee(employee)).queryParam("programme", programme)
                .queryParam("status", "DECLINED").get("/coaching-sessions").then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void anEmployeeWithdrawsTheirRequestWhichItsCoachDeclinesInstead() {
        String coachEmployee = person();
        String coachId = coach(coachEmployee);
        String employee = person();
        accept(employee, enrol(programme(coachId), employee, coachId));
        String id = create(TestTokens.employee(employee), oneToOne(coachId, employee, future(9))).then()
                .statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id");

        command(coachToken(coachEmployee), id, "cancel", Map.of("reason", "Fully booked.")).then().statusCode(409)
                .body("code", equalTo("DECLINE_INSTEAD"));
        command(TestTokens.employee(person()), id, "cancel", Map.of("reason", "Not mine.")).then().statusCode(404);
        read(HR, id).then().body("status", equalTo("REQUESTED"));

        command(TestTokens.employee(employee), id, "cancel", Map.of("reason", "My team lead coaches me now.")).then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("My team lead coaches me now.")).body("updatedBy", equalTo(employee));
        command(TestTokens.employee(employee), id, "cancel", Map.of("reason", "again")).then().statusCode(409)
                .body("code", equalTo("SESSION_NOT_SCHEDULED"));
        command(coachToken(coachEmployee), id, "confirm", null).then().statusCode(409)
                .body("code", equalTo("SESSION_NOT_REQUESTED"));

        String another = create(TestTokens.employee(employee), oneToOne(coachId, employee, future(10))).then()
                .statusCode(201).extract().path("id");
        command(HR, another, "cancel", Map.of("reason", "The programme was postponed.")).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("updatedBy", equalTo("e-hr"));
    }

    @Test
    void aSessionOfAProgrammeHasItsCoachAndItsEnrolledCoachees() {
        String coachId = coach(person());
        String programme = programme(coachId);
        String enrolled = person();
        enrol(programme, enrolled, coachId);
        var stranger = oneToOne(coachId, person(), future(8));
        stranger.put("programmeId", programme);
        create(HR, stranger).then().statusCode(422).body("code", equalTo("NOT_ENROLLED"))
                .body("errors[0].field", equalTo("coacheeIds[0]"));
        var otherCoach = oneToOne(coach(person()), enrolled, future(8));
        otherCoach.put("programmeId", programme);
        create(HR, otherCoach).then().statusCode(422).body("code", equalTo("COACH_NOT_IN_PROGRAMME"));
        var unknown = oneToOne(coachId, enrolled, future(8));
        unknown.put("programmeId", "00000000-0000-4000-8000-000000000000");
        create(HR, unknown).then().statusCode(422).body("code", equalTo("UNKNOWN_PROGRAMME"));
        var fine = oneToOne(coachId, enrolled, future(8));
        fine.put("programmeId", programme);
        create(HR, fine).then().statusCode(201).body("programmeId", equalTo(programme));
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    private static String programme(String coachId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("name", "Spring", "description", "Role play.", "startsOn", today.toString(),
                        "endsOn", today.plusDays(90).toString(), "curriculum", Sessions.SKILLS,
                        "sessionsPerParticipant", 4, "coachIds", List.of(coachId)))
                .post("/programmes").then().statusCode(201).extract().path("id");
    }

    private static String enrol(String programmeId, String employeeId, String coachId) {
        return given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("employeeId", employeeId, "coachId", coachId))
                .post("/programmes/{id}/enrolments", programmeId).then().statusCode(201).extract().path("id");
    }

    private static void accept(String employeeId, String enrolmentId) {
        given().auth().oauth2(TestTokens.employee(employeeId)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/enrolments/{id}/accept", enrolmentId).then().statusCode(200);
    }
}
