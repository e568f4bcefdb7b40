package io.supportcoach.coaching.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.supportcoach.coaching.client.SkillsServiceClient.RegisteredPerson;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;

/**
 * What skills-service's register of people says of the coachees of a new session, asked before its transaction
 * begins: the entry of each coachee it knows, by employee id.
 */
record CoacheeRegister(Map<String, RegisteredPerson> entries) {

    CoacheeRegister {
        entries = Map.copyOf(entries);
    }

    /** The coachee's team; null for someone the register does not know. */
    String teamOf(String employeeId) {
        RegisteredPerson person = entries.get(employeeId);
        return person == null ? null : person.teamId();
    }

    /** Refuses (422) coachees the register does not know or who have left, naming each by position. */
    void requireActive(List<String> coacheeIds) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < coacheeIds.size(); i++) {
            String employeeId = coacheeIds.get(i);
            RegisteredPerson person = entries.get(employeeId);
            if (person == null) {
                errors.add(new FieldError("coacheeIds[" + i + "]", "UNKNOWN_PERSON",
                        "the register of people has nobody with the id '" + employeeId + "'"));
            } else if (person.left()) {
                errors.add(new FieldError("coacheeIds[" + i + "]", "PERSON_LEFT",
                        employeeId + " has left the organisation"));
            }
        }
        if (!errors.isEmpty()) {
            String code = errors.get(0).code();
            throw new ProblemException(422, code, "Unprocessable request",
                    "Coachees must be people of the register who have not left.", errors, Map.of());
        }
    }
}
