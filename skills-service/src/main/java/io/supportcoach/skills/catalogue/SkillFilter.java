package io.supportcoach.skills.catalogue;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import io.supportcoach.http.validation.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the skill list, bound from query parameters. */
public class SkillFilter {

    /** As many codes as a coach or an opportunity holds, so a caller checks all of its codes in one call. */
    static final int MAX_CODES = 30;

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

    // Named like the query parameter, so a bad code is reported as code[2], the parameter the client repeated.
    @QueryParam("code")
    @Size(max = MAX_CODES)
    @Parameter(description = "Only skills with one of these codes; repeat the parameter for each, up to 30. A code "
            + "that no skill has is simply absent from the answer, and a retired skill is listed with its status, "
            + "so a service checks the codes it was given in one call.")
    List<@Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> code;

    public SkillFilter() {
    }

    public SkillFilter(String category, SkillStatus status, SkillKind kind, String tag, String q) {
        this.category = category;
        this.status = status == null ? null : status.name();
        this.kind = kind == null ? null : kind.name();
        this.tag = tag;
        this.q = q;
    }

    SkillFilter withCodes(List<String> codes) {
        this.code = codes;
        return this;
    }

    boolean isSearch() {
        return q != null;
    }

    /** The codes asked for, sorted and without repeats; empty when the list is not filtered by code. */
    SortedSet<String> codes() {
        return code == null ? new TreeSet<>() : new TreeSet<>(code);
    }
}
