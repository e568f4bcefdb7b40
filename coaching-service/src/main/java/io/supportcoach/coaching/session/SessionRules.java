package io.supportcoach.coaching.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;

/**
 * What a session and its completion must be in themselves, whoever asks and whatever else is booked: its length,
 * time zone and coachees, and who came and what was observed. Each check names every broken field at once (400).
 */
final class SessionRules {

    static final Duration SHORTEST = Duration.ofMinutes(15);
    static final Duration LONGEST = Duration.ofHours(4);

    private SessionRules() {
    }

    static void requireTimes(Instant start, Instant end, String timeZone) {
        List<FieldError> errors = new ArrayList<>();
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            errors.add(new FieldError("timeZone", "INVALID_VALUE", "must be an IANA time zone, such as Europe/Berlin"));
        }
        Duration length = Duration.between(start, end);
        if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
            errors.add(new FieldError("end", "OUT_OF_RANGE", "must be 15 minutes to 4 hours after start"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    static void requireShape(SessionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        int coachees = request.coacheeIds().size();
        if (request.kind() == SessionKind.GROUP ? coachees < 2 : coachees != 1) {
            errors.add(new FieldError("coacheeIds", "OUT_OF_RANGE",
                    request.kind() == SessionKind.GROUP ? "a GROUP session has 2 to 12 coachees"
                            : "a " + request.kind() + " session has exactly one coachee"));
        }
        if (request.kind() == SessionKind.ROLE_PLAY && request.scenarioId() == null) {
            errors.add(new FieldError("scenarioId", "REQUIRED", "a ROLE_PLAY session names its scenario"));
        }
        if (request.location() == null && request.meetingLink() == null) {
            errors.add(new FieldError("location", "REQUIRED", "give a location or a meeting link"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** Who came: in a GROUP session every coachee is named once; in the others the one coachee came. */
    static Set<String> attendance(CoachingSession session, List<CompleteRequest.Attendance> attendance) {
        if (session.kind != SessionKind.GROUP) {
            if (attendance != null && !attendance.isEmpty()) {
                throw ProblemException.invalidField("attendance", "NOT_A_GROUP",
                        "only GROUP sessions record attendance; a coachee who did not come is a no-show");
            }
            return Set.copyOf(session.coacheeIds);
        }
        if (attendance == null) {
            throw ProblemException.invalidField("attendance", "REQUIRED", "a GROUP session records who came");
        }
        Distinct.require("attendance", attendance, CompleteRequest.Attendance::employeeId, ".employeeId");
        List<FieldError> errors = new ArrayList<>();
        Set<String> named = new HashSet<>();
        Set<String> attended = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            String employeeId = attendance.get(i).employeeId();
            if (!session.coacheeIds.contains(employeeId)) {
                errors.add(new FieldError("attendance[" + i + "].employeeId", "NOT_A_COACHEE",
                        employeeId + " is not a coachee of this session"));
            }
            named.add(employeeId);
            if (attendance.get(i).attended()) {
                attended.add(employeeId);
            }
        }
        if (errors.isEmpty() && !named.containsAll(session.coacheeIds)) {
            errors.add(new FieldError("attendance", "INCOMPLETE", "name every coachee of the session once"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return attended;
    }

    static void requireObservations(CoachingSession session, Set<String> attended,
            List<CompleteRequest.Observation> observations) {
        Distinct.require("observations", observations,
                observation -> observation.employeeId() + "\u0000" + observation.skill(), "");
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            var observation = observations.get(i);
            if (!session.coacheeIds.contains(observation.employeeId())) {
                errors.add(new FieldError("observations[" + i + "].employeeId", "NOT_A_COACHEE",
                        observation.employeeId() + " is not a coachee of this session"));
            } else if (!attended.contains(observation.employeeId())) {
                errors.add(new FieldError("observations[" + i + "].employeeId", "DID_NOT_ATTEND",
                        observation.employeeId() + " did not come, so nothing was observed"));
            }
            if (!session.skills.contains(observation.skill())) {
                errors.add(new FieldError("observations[" + i + "].skill", "NOT_IN_FOCUS",
                        "'" + observation.skill() + "' is not a skill in focus of this session"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
