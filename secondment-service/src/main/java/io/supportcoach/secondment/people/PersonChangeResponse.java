package io.supportcoach.secondment.people;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What this service did about a reported change, the same however often the change is delivered. */
@Schema(name = "PersonChange")
public record PersonChangeResponse(
        String employeeId,
        PersonChangeKind change,
        @Schema(description = "What this service changed because of it; empty when nothing here concerned the person.")
        List<PersonChangeEffect> effects,
        @Schema(description = "When the first delivery arrived.") Instant receivedAt) {
}
