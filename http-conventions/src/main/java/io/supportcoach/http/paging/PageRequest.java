package io.supportcoach.http.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes; bind it with {@code @BeanParam @Valid}. */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    // Bound as text so that "abc" is a 400 naming the parameter: JAX-RS answers a failed conversion with 404.
    @QueryParam("limit")
    @DefaultValue("50")
    @Pattern(regexp = "[0-9]{1,9}", message = "must be a whole number")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 200.", example = "50",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
    String limit = Integer.toString(DEFAULT_LIMIT);

    @QueryParam("cursor")
    @Size(max = 1024)
    @Parameter(description = "The `nextCursor` of the previous page.")
    String cursor;

    public PageRequest() {
    }

    public PageRequest(int limit, String cursor) {
        this.limit = Integer.toString(limit);
        this.cursor = cursor;
    }

    public int limit() {
        return Integer.parseInt(limit);
    }

    public String cursor() {
        return cursor;
    }
}
