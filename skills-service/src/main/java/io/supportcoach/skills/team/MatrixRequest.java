package io.supportcoach.skills.team;

import java.util.List;

import io.supportcoach.http.validation.Slugs;
import io.supportcoach.identity.IdPatterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The people and skills of a matrix across teams; too many ids for a query string, so they travel in a body. */
@Schema(name = "MatrixRequest")
public record MatrixRequest(
        @NotNull @Size(min = 1, max = TeamMatrixService.MAX_PEOPLE)
        @Schema(description = "1 to 500 employee ids, the rows.", examples = "[\"e-100\", \"e-101\"]", uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = IdPatterns.EMPLOYEE_ID, message = IdPatterns.EMPLOYEE_ID_MESSAGE) String> employeeIds,
        @NotNull @Size(min = 1, max = TeamMatrixService.MAX_SKILLS)
        @Schema(description = "1 to 40 skill codes, the columns, in this order.", examples = "[\"active-listening\", \"empathy\"]",
                uniqueItems = true)
        List<@NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> skills) {
}
