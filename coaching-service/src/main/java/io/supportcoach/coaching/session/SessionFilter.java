package io.supportcoach.coaching.session;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.IdPatterns;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the session list, bound from query parameters as text: JAX-RS answers 404 to a parameter it cannot
 * convert, and a bad filter is a 400 naming it.
 */
public class SessionFilter {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String INSTANT_PATTERN = "(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z";
    private static final String INSTANT_MESSAGE = "must be an RFC 3339 instant in UTC, such as 2027-03-01T09:00:00Z";

    @QueryParam("coach")
    @Size(max = 36)
    @Pattern(regexp = UUID_PATTERN, message = "must be a coach id (a UUID)")
    @Parameter(description = "Only sessions of this coach (the coach's id).",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    String coach;

    @QueryParam("coachee")
    @Size(max = 64)
    @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
    @Parameter(description = "Only sessions with this coachee (an employee id).", example = "e-100")
    String coachee;

    @QueryParam("from")
    @Size(max = 35)
    @Pattern(regexp = INSTANT_PATTERN, message = INSTANT_MESSAGE)
    @Parameter(description = "Only sessions that end after this instant.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35))
    String from;

    @QueryParam("to")
    @Size(max = 35)
    @Pattern(regexp = INSTANT_PATTERN, message = INSTANT_MESSAGE)
    @Parameter(description = "Only sessions that start before this instant.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35))
    String to;

    @QueryParam("programme")
    @Size(max = 36)
    @Pattern(regexp = UUID_PATTERN, message = "must be a programme id (a UUID)")
    @Parameter(description = "Only sessions of this programme (the programme's id).",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    String programme;

    @QueryParam("status")
    @Pattern(regexp = "REQUESTED|SCHEDULED|COMPLETED|CANCELLED|NO_SHOW|DECLINED",
            message = "must be REQUESTED, SCHEDULED, COMPLETED, CANCELLED, NO_SHOW or DECLINED")
    @Parameter(description = "Only sessions in this status.", schema = @Schema(implementation = SessionStatus.class))
    String status;

    UUID coachId() {
        return coach == null ? null : UUID.fromString(coach);
    }

    UUID programmeId() {
        return programme == null ? null : UUID.fromString(programme);
    }

    Instant fromInstant() {
        return instant("from", from);
    }

    Instant toInstant() {
        return instant("to", to);
    }

    /** The pattern admits 2027-02-30T...; the calendar does not. */
    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "INVALID_FORMAT", INSTANT_MESSAGE);
        }
    }
}
