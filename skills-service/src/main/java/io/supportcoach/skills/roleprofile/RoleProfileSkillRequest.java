package io.supportcoach.skills.roleprofile;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One skill a role profile asks for, as a client names it. */
@Schema(name = "RoleProfileSkillRequest")
public record RoleProfileSkillRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The skill's code or id; it must exist and not be retired.",
                examples = "active-listening")
        String skill,
        @NotNull @Min(1) @Max(5) @Schema(description = "The level the role needs, 1 to 5.", examples = "3")
        Integer targetLevel,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") @Digits(integer = 2, fraction = 2)
        @Schema(description = "How much the skill counts towards the match: more than 0, at most 10, two decimals. "
                + "Defaults to 1.", examples = "2")
        BigDecimal weight) {

    BigDecimal weightOrDefault() {
        return weight == null ? BigDecimal.ONE : weight;
    }
}
