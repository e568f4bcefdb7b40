package io.supportcoach.skills.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a catalogue import did. Importing the same file again reports every row as unchanged. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(examples = "2") int created,
        @Schema(examples = "1") int updated,
        @Schema(examples = "24") int unchanged) {
}
