package io.supportcoach.skills.people;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person of the register as callers read it. */
@Schema(name = "Person")
public record PersonResponse(
        @Schema(examples = "e-100") String employeeId,
        @Schema(examples = "Dana Okafor") String displayName,
        String email,
        @Schema(examples = "team-a") String teamId,
        PersonStatus status,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static PersonResponse from(Person person) {
        return new PersonResponse(person.employeeId, person.displayName, person.email, person.teamId, person.status,
                person.version, person.createdAt, person.createdBy, person.updatedAt, person.updatedBy);
    }
}
