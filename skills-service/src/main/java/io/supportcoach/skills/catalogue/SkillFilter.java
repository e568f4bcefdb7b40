package io.supportcoach.skills.catalogue;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the skill list, bound from query parameters. */
public class SkillFilter {

    @QueryParam("category")
    @Size(max = 64)
    @Parameter(description = "A category code.", example = "communication")
    String category;

    @QueryParam("status")
    @Parameter(description = "DRAFT, ACTIVE or RETIRED.")
    SkillStatus status;

    @QueryParam("kind")
    @Parameter(description = "SOFT or TECHNICAL.")
    SkillKind kind;

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
        this.status = status;
        this.kind = kind;
        this.tag = tag;
        this.q = q;
    }

    boolean isSearch() {
        return q != null;
    }

    /** Binds a cursor to these filters, so it cannot be replayed against another query. */
    String scope() {
        return String.join("\u0000", "skills", String.valueOf(category), String.valueOf(status), String.valueOf(kind),
                String.valueOf(tag), String.valueOf(q));
    }
}
