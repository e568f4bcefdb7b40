package io.supportcoach.coaching.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.supportcoach.http.validation.Slugs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What HR sends to create or replace a programme. */
@Schema(name = "ProgrammeRequest")
public record ProgrammeRequest(
        @NotBlank @Size(max = 160) @Schema(examples = "Service desk soft skills, spring") String name,
        @NotBlank @Size(max = 4000)
        @Schema(examples = "Twelve weeks of role play and call review for first-line agents.") String description,
        @NotNull @Schema(description = "First day, an ISO date.", examples = "2027-03-01") LocalDate startsOn,
        @NotNull @Schema(description = "Last day, an ISO date on or after startsOn.", examples = "2027-05-28")
        LocalDate endsOn,
        @NotNull @Size(min = 1, max = 30)
        @Schema(description = "Codes of the skills the programme works on, 1 to 30, checked against skills-service.",
                examples = "[\"active-listening\", \"empathy\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> curriculum,
        @NotNull @Min(1) @Max(100) @Schema(description = "Sessions each participant has, 1 to 100.", examples = "6")
        Integer sessionsPerParticipant,
        @NotNull @Size(min = 1, max = 50)
        @Schema(description = "Ids of the programme's coaches, 1 to 50; each must be an active coach when added.",
                examples = "[\"3f1c2a9e-5b7d-4c1e-9a0b-2d8e6f4a1c3b\"]", uniqueItems = true)
        List<@NotNull @Size(max = 36) @Pattern(regexp = ProgrammeFilter.UUID_PATTERN, message = "must be a coach id "
                + "(a UUID)") String> coachIds,
        @Size(max = 36) @Pattern(regexp = ProgrammeFilter.UUID_PATTERN, message = "must be a role profile's id, a UUID")
        @Schema(description = "The id (a UUID) of the skills-service role profile the programme aims at; matching "
                + "reads the coachee's gaps against it.", examples = "0b9f4a57-3c1e-4f2a-9d3e-1f2a3b4c5d6e",
                nullable = true)
        String roleProfileId) {

    /** The coach ids as UUIDs; the strings are checked to be UUIDs before this is called. */
    List<UUID> coachUuids() {
        return coachIds.stream().map(UUID::fromString).toList();
    }
}
