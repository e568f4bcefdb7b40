package io.supportcoach.coaching.programme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone a coach coaches now: their open enrolment and the programme's name. */
@Schema(name = "Coachee")
public record CoacheeResponse(
        @Schema(examples = "e-100") String employeeId,
        EnrolmentResponse enrolment,
        @Schema(examples = "Service desk soft skills, spring") String programmeName) {
}
