package io.supportcoach.skills.catalogue;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the skill list, bound from query parameters. */
public class SkillFilter {

    @QueryParam("category")
    @Size(max = 64)
    @Parameter(description = "A category code.", example = "communication")
    String category;

    // Bound as text: JAX-RS answers 404 to a query parameter it cannot convert, and a bad filter is a 400.
    @QueryParam("status")
    @Pattern(regexp = "DRAFT|ACTIVE|RETIRED", message = "must be DRAFT, ACTIVE or RETIRED")
    @Parameter(description = "Only skills with this status.", schema = @Schema(implementation = SkillStatus.class))
    String status;

    @QueryParam("kind")
    @Pattern(regexp = "SOFT|TECHNICAL", message = "must be SOFT or TECHNICAL")
    @Parameter(description = "Only skills of this kind.", schema = @Schema(implementation = SkillKind.class))
    String kind;

    @QueryParam("tag")
    @Size(max = 40)
    @Parameter(description = "Only skills with this tag.", example = "calls")
    String tag;

    @QueryParam("q")
    @Size(max = 200)
    @Pattern(regexp = ".*\\S.*", message = "must contain a word")
    @Parameter(description = "Full-text search over names, descriptions and indicators; tolerates typos. "
            + "Results are ranked by relevance instead of sorted by code.", example = "listening")
    String q;

    public SkillFilter() {
    }

    public SkillFilter(String category, SkillStatus status, SkillKind kind, String tag, String q) {
        this.category = category;
        this.status = status == null ? null : status.name();
        this.kind = kind == null ? null : kind.name();
        this.tag = tag;
        this.q = q;
    }

    boolean isSearch() {
        return q != null;
    }
}
