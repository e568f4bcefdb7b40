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
        @Schema(description = "Active people of the team, by display name, then employee id.") List<Row> rows,
        @Schema(description = "The role profile the matrix was asked against, with its target per column; null when "
                + "none was named.", nullable = true) RoleProfileTargets roleProfile) {

    /** A matrix with no role profile to measure against. */
    public TeamMatrix(String teamId, List<String> skills, List<Row> rows) {
        this(teamId, skills, rows, null);
    }

    /** Whether a level falls short of the role profile's target in a column. */
    public boolean belowTarget(int column, Double level) {
        Integer target = roleProfile == null ? null : roleProfile.targets().get(column);
        return target != null && (level == null || level < target);
    }

    /** The targets of a role profile, one per column, null where the profile does not name the column's skill. */
    @Schema(name = "TeamMatrixRoleProfile")
    public record RoleProfileTargets(
            @Schema(examples = "0b9f4a57-3c1e-4f2a-9d3e-1f2a3b4c5d6e") String id,
            @Schema(examples = "Service desk analyst") String name,
            @Schema(description = "The target level (1 to 5) per skill column; null where the profile has none.",
                    examples = "[3, null]",
                    extensions = @Extension(name = ContractConventions.NULLABLE_ITEMS, parseValue = true, value = "true"))
            List<Integer> targets) {
    }

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
