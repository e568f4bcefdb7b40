package io.supportcoach.skills.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category as clients read it. */
@Schema(name = "Category")
public record CategoryResponse(
        UUID id,
        @Schema(examples = "communication") String code,
        @Schema(examples = "Communication") String name,
        String description,
        @Schema(examples = "1") int position,
        @Schema(description = "Also sent as the ETag header.", examples = "0") long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static CategoryResponse from(Category category) {
        return new CategoryResponse(category.id, category.code, category.name, category.description,
                category.position, category.version, category.createdAt, category.createdBy, category.updatedAt,
                category.updatedBy);
    }
}
