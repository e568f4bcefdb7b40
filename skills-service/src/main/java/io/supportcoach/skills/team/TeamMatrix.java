package io.supportcoach.skills.team;

import java.util.List;

import io.supportcoach.http.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current levels of a team's people in some skills: one row per person, one column per skill. */
@Schema(name = "TeamMatrix")
public record TeamMatrix(
        @Schema(description = "Null for a matrix of named people.", examples = "team-a", nullable = true) String teamId,
        @Schema(description = "The skill codes, in the order asked for; the order of each row's levels.",
                examples = "[\"active-listening\", \"empathy\"]") List<String> skills,
        @Schema(description = "Active people of the team, by display name, then employee id.") List<Row> rows) {

    /** One person's levels, in the order of {@code skills}. */
    @Schema(name = "TeamMatrixRow")
    public record Row(
            @Schema(examples = "e-100") String employeeId,
            @Schema(examples = "Dana Okafor") String displayName,
            @Schema(description = "The estimated level (1.0 to 5.0) per skill; null where no evidence counts.",
                    examples = "[3.4, null]",
                    extensions = @Extension(name = ContractConventions.NULLABLE_ITEMS, parseValue = true, value = "true"))
            List<Double> levels) {
    }
}
