package io.supportcoach.http.paging;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one way a list is paged: opens a window on a keyset list from the request's limit and cursor. A cursor
 * is accepted only by the list and filters it was made for, and only when it holds exactly the list's sort
 * keys, each readable; anything else is the same INVALID_CURSOR problem.
 */
@ApplicationScoped
public class KeysetPager {

    private final CursorCodec codec;

    public KeysetPager(CursorCodec codec) {
        this.codec = codec;
    }

    /**
     * @param filters the values that select the list's rows (team, status, search term ...); a cursor made
     *                under other values is refused, so a page never continues a different query
     */
    public <R> KeysetWindow<R> open(Keyset<R> keyset, PageRequest page, Object... filters) {
        String scope = scopeOf(keyset, filters);
        Map<String, Object> after = page.cursor() == null ? Map.of() : read(keyset, codec.decode(scope, page.cursor()));
        return new KeysetWindow<>(keyset, page.limit(), after, row -> codec.encode(scope, write(keyset, row)));
    }

    private static String scopeOf(Keyset<?> keyset, Object[] filters) {
        return Stream.concat(Stream.of(keyset.list()), Stream.of(filters).map(value -> Objects.toString(value, "\u0001")))
                .collect(Collectors.joining("\u0000"));
    }

    private static <R> Map<String, Object> read(Keyset<R> keyset, Map<String, String> position) {
        if (position.size() != keyset.keys().size()) {
            throw CursorCodec.invalid();
        }
        Map<String, Object> values = new HashMap<>();
        for (SortKey<R, ?> key : keyset.keys()) {
            String text = position.get(key.name());
            if (text == null) {
                throw CursorCodec.invalid();
            }
            try {
                values.put(key.name(), Objects.requireNonNull(key.reader().apply(text)));
            } catch (RuntimeException unreadable) {
                throw CursorCodec.invalid();
            }
        }
        return values;
    }

    private static <R> Map<String, String> write(Keyset<R> keyset, R row) {
        Map<String, String> position = new java.util.LinkedHashMap<>();
        keyset.keys().forEach(key -> position.put(key.name(), key.write(row)));
        return position;
    }
}
