package io.supportcoach.http.paging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import io.supportcoach.http.validation.Ids;

/**
 * One column a list is sorted by: how a row's value is written into a cursor and read back from it. Reading
 * may fail on a cursor made by an older release; the pager turns that into INVALID_CURSOR.
 */
public record SortKey<R, V>(String name, Function<R, V> valueOf, Function<V, String> writer, Function<String, V> reader) {

    public static <R> SortKey<R, String> text(String name, Function<R, String> valueOf) {
        return new SortKey<>(name, valueOf, Function.identity(), Function.identity());
    }

    public static <R> SortKey<R, UUID> uuid(String name, Function<R, UUID> valueOf) {
        return new SortKey<>(name, valueOf, UUID::toString, text -> Ids.parseUuid(text).orElseThrow());
    }

    public static <R> SortKey<R, Instant> instant(String name, Function<R, Instant> valueOf) {
        return new SortKey<>(name, valueOf, Instant::toString, Instant::parse);
    }

    public static <R> SortKey<R, LocalDate> date(String name, Function<R, LocalDate> valueOf) {
        return new SortKey<>(name, valueOf, LocalDate::toString, LocalDate::parse);
    }

    public static <R> SortKey<R, Integer> integer(String name, Function<R, Integer> valueOf) {
        return new SortKey<>(name, valueOf, String::valueOf, Integer::valueOf);
    }

    public static <R> SortKey<R, Long> whole(String name, Function<R, Long> valueOf) {
        return new SortKey<>(name, valueOf, String::valueOf, Long::valueOf);
    }

    public static <R> SortKey<R, BigDecimal> decimal(String name, Function<R, BigDecimal> valueOf) {
        return new SortKey<>(name, valueOf, BigDecimal::toPlainString, BigDecimal::new);
    }

    String write(R row) {
        V value = valueOf.apply(row);
        if (value == null) {
            throw new IllegalStateException("Sort key '" + name + "' is null; keyset lists sort by non-null columns only");
        }
        return writer.apply(value);
    }
}
