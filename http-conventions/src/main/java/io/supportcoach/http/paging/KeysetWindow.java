package io.supportcoach.http.paging;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a keyset list being read: where it starts, how many rows to fetch, and how the rows
 * fetched become the page with its next cursor.
 */
public final class KeysetWindow<R> {

    private final Keyset<R> keyset;
    private final int limit;
    private final Map<String, Object> after;
    private final Function<R, String> cursorOf;

    KeysetWindow(Keyset<R> keyset, int limit, Map<String, Object> after, Function<R, String> cursorOf) {
        this.keyset = keyset;
        this.limit = limit;
        this.after = after;
        this.cursorOf = cursorOf;
    }

    public boolean isFirstPage() {
        return after.isEmpty();
    }

    /** The value of a sort key on the last row of the previous page; null on the first page. */
    public <V> V after(SortKey<R, V> key) {
        if (!keyset.keys().contains(key)) {
            throw new IllegalArgumentException("'" + key.name() + "' is not a sort key of this list");
        }
        @SuppressWarnings("unchecked")
        V value = (V) after.get(key.name());
        return value;
    }

    /** One more row than the page shows: the extra row only proves that another page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    /** The page of the rows fetched with {@link #fetchSize()}, with a cursor after its last row when more follow. */
    public <T> Page<T> page(List<R> rowsPlusOne, Function<R, T> toItem) {
        boolean more = rowsPlusOne.size() > limit;
        List<R> shown = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }
}
