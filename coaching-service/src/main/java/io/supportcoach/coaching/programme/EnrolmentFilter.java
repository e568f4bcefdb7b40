package io.supportcoach.coaching.programme;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a programme's enrolments, bound as text so a malformed one is a 400 naming it. */
public class EnrolmentFilter {

    @QueryParam("status")
    @Pattern(regexp = "INVITED|ACTIVE|COMPLETED|WITHDRAWN", message = "must be INVITED, ACTIVE, COMPLETED or WITHDRAWN")
    @Parameter(description = "Only enrolments in this status.", schema = @Schema(implementation = EnrolmentStatus.class))
    String status;

    @QueryParam("stalled")
    @Pattern(regexp = "true|false", message = "must be true or false")
    @Parameter(description = "Only stalled enrolments (true) or only those that are not (false).",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String stalled;

    Boolean stalledOrNull() {
        return stalled == null ? null : Boolean.valueOf(stalled);
    }
}
