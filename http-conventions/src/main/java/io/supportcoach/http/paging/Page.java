package io.supportcoach.http.paging;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection; {@code nextCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page.") String nextCursor) {

    /**
     * Builds a page from rows fetched with {@code limit + 1}: the extra row only proves that another
     * page exists, and the cursor points at the last row that is shown.
     */
    public static <R, T> Page<T> of(List<R> rowsPlusOne, int limit, Function<R, T> toItem, Function<R, String> cursorOf) {
        boolean more = rowsPlusOne.size() > limit;
        List<R> shown = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }
}
