package io.supportcoach.coaching.programme;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the programme list, bound as text so a malformed one is a 400 naming it. */
public class ProgrammeFilter {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @QueryParam("coach")
    @Size(max = 36)
    @Pattern(regexp = UUID_PATTERN, message = "must be a coach id (a UUID)")
    @Parameter(description = "Only programmes this coach coaches in (the coach's id).",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    String coach;

    UUID coachId() {
        return coach == null ? null : UUID.fromString(coach);
    }
}
