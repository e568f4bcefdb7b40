package io.supportcoach.http.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes; bind it with {@code @BeanParam @Valid}. */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Page size, 1 to 200.", example = "50")
    int limit = DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 1024)
    @Parameter(description = "The `nextCursor` of the previous page.")
    String cursor;

    public PageRequest() {
    }

    public PageRequest(int limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    public int limit() {
        return limit;
    }

    public String cursor() {
        return cursor;
    }
}
