package io.supportcoach.secondment.placement;

import java.time.LocalDate;
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

/** The filters of the placement list, bound from query parameters; all of them narrow what the caller may see. */
public class PlacementFilter {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    @QueryParam("employee")
    @Size(max = 64)
    @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE)
    @Parameter(description = "Only this employee's placements.", example = "e-100")
    String employee;

    @QueryParam("team")
    @Size(max = 64)
    @Pattern(regexp = IdPatterns.TEAM_ID, message = IdPatterns.TEAM_ID_MESSAGE)
    @Parameter(description = "Only placements with this home or host team.", example = "team-a")
    String team;

    // Text checked here rather than a UUID or LocalDate, since JAX-RS answers a failed conversion with 404.
    @QueryParam("opportunity")
    @Size(max = 36)
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Only placements in this opportunity.",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    String opportunity;

    // Strings rather than enums, so that an unknown value is a 400 naming the parameter, not a 404.
    @QueryParam("status")
    @Pattern(regexp = PlacementStatus.PATTERN,
            message = "must be PROPOSED, APPROVED, ACTIVE, COMPLETED, REJECTED or CANCELLED")
    @Parameter(description = "Only placements in this status, as shown: APPROVED ones that have not begun, ACTIVE "
            + "ones whose first day has come (UTC).",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "PROPOSED", "APPROVED", "ACTIVE", "COMPLETED", "REJECTED", "CANCELLED" }))
    String status;

    @QueryParam("from")
    @Size(max = 10)
    @Pattern(regexp = DATE_PATTERN, message = "must be an ISO date")
    @Parameter(description = "Only placements that end on or after this day.", example = "2027-03-01",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    String from;

    @QueryParam("to")
    @Size(max = 10)
    @Pattern(regexp = DATE_PATTERN, message = "must be an ISO date")
    @Parameter(description = "Only placements that start on or before this day.", example = "2027-03-31",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    String to;

    @QueryParam("awaiting")
    @Pattern(regexp = "^me$", message = "must be me")
    @Parameter(description = "`me`: only placements that wait for the caller: PROPOSED ones awaiting their approval "
            + "(a side of a team in their manages claim not yet approved) or consent (their own, not yet consented), "
            + "and APPROVED or ACTIVE ones with a PROPOSED change awaiting the approval of such a side. Each item's "
            + "`awaitingYou` says which.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "me" }))
    String awaiting;

    public PlacementFilter() {
    }

    UUID opportunityId() {
        return opportunity == null ? null : UUID.fromString(opportunity);
    }

    LocalDate fromDay() {
        return day("from", from);
    }

    LocalDate toDay() {
        return day("to", to);
    }

    boolean awaitingMe() {
        return awaiting != null;
    }

    private static LocalDate day(String parameter, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            throw ProblemException.invalidField(parameter, "INVALID_DATE", "must be an ISO date");
        }
    }
}
