package io.supportcoach.skills.catalogue;

import io.supportcoach.http.validation.Slugs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a category. */
@Schema(name = "CategoryRequest")
public record CategoryRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(examples = "communication") String code,
        @NotBlank @Size(max = 120) @Schema(examples = "Communication") String name,
        @NotBlank @Size(max = 2000) @Schema(examples = "Getting a message across, spoken or written.") String description,
        @NotNull @Min(1) @Max(1000) @Schema(description = "Where the category sorts in lists.", examples = "1")
        Integer position) {
}
