package io.supportcoach.skills.people;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch upsert did. */
@Schema(name = "PeopleBatchReport")
public record BatchReport(@Schema(examples = "3") int created, @Schema(examples = "1") int updated,
        @Schema(examples = "996") int unchanged) {
}
