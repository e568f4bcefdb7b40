package io.supportcoach.http.paging;

import java.util.List;

/**
 * The fixed sort order of one list: its name, which keeps its cursors from being used on another list,
 * and its sort keys, the last of which must make the order total (usually the id).
 */
public final class Keyset<R> {

    private final String list;
    private final List<SortKey<R, ?>> keys;

    private Keyset(String list, List<SortKey<R, ?>> keys) {
        this.list = list;
        this.keys = keys;
    }

    @SafeVarargs
    public static <R> Keyset<R> of(String list, SortKey<R, ?>... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("A keyset needs at least one sort key");
        }
        return new Keyset<>(list, List.of(keys));
    }

    String list() {
        return list;
    }

    List<SortKey<R, ?>> keys() {
        return keys;
    }
}
