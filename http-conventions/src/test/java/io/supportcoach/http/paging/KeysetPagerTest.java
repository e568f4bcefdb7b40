package io.supportcoach.http.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.supportcoach.http.problem.ProblemException;
import org.junit.jupiter.api.Test;

class KeysetPagerTest {

    record Row(Instant at, UUID id) {
    }

    static final SortKey<Row, Instant> AT = SortKey.instant("at", Row::at);
    static final SortKey<Row, UUID> ID = SortKey.uuid("id", Row::id);
    static final Keyset<Row> NEWEST_FIRST = Keyset.of("events", AT, ID);

    private final CursorCodec codec = new CursorCodec(new ObjectMapper(), () -> "secret");
    private final KeysetPager pager = new KeysetPager(codec);

    private final Row first = new Row(Instant.parse("2026-01-02T10:00:00Z"), UUID.randomUUID());
    private final Row second = new Row(Instant.parse("2026-01-01T10:00:00Z"), UUID.randomUUID());
    private final Row extra = new Row(Instant.parse("2025-12-31T10:00:00Z"), UUID.randomUUID());

    @Test
    void nextCursorOpensTheFollowingPageAfterTheLastRowShown() {
        Page<UUID> page = pager.open(NEWEST_FIRST, new PageRequest(2, null), "team-a")
                .page(List.of(first, second, extra), Row::id);

        var next = pager.open(NEWEST_FIRST, new PageRequest(2, page.nextCursor()), "team-a");

        assertThat(page.items()).containsExactly(first.id(), second.id());
        assertThat(next.isFirstPage()).isFalse();
        assertThat(next.after(AT)).isEqualTo(second.at());
        assertThat(next.after(ID)).isEqualTo(second.id());
        assertThat(next.fetchSize()).isEqualTo(3);
    }

    @Test
    void lastPageHasNoCursor() {
        Page<UUID> page = pager.open(NEWEST_FIRST, new PageRequest(2, null)).page(List.of(first, second), Row::id);

        assertThat(page.nextCursor()).isNull();
        assertThat(page.items()).hasSize(2);
    }

    @Test
    void firstPageHasNoPosition() {
        var window = pager.open(NEWEST_FIRST, new PageRequest(10, null));

        assertThat(window.isFirstPage()).isTrue();
        assertThat(window.after(AT)).isNull();
    }

    @Test
    void cursorMadeUnderOtherFiltersIsRefused() {
        String cursor = pager.open(NEWEST_FIRST, new PageRequest(1, null), "team-a").page(List.of(first, second), Row::id)
                .nextCursor();

        assertInvalidCursor(() -> pager.open(NEWEST_FIRST, new PageRequest(1, cursor), "team-b"));
    }

    @Test
    void cursorOfAnotherListIsRefused() {
        String cursor = pager.open(NEWEST_FIRST, new PageRequest(1, null)).page(List.of(first, second), Row::id)
                .nextCursor();

        assertInvalidCursor(() -> pager.open(Keyset.of("audit", AT, ID), new PageRequest(1, cursor)));
    }

    @Test
    void signedCursorWithAnUnreadableValueIsRefused() {
        String cursor = codec.encode("events", position("at", "yesterday", "id", UUID.randomUUID().toString()));

        assertInvalidCursor(() -> pager.open(NEWEST_FIRST, new PageRequest(1, cursor)));
    }

    @Test
    void signedCursorWithAMissingOrExtraKeyIsRefused() {
        String missing = codec.encode("events", position("at", first.at().toString(), "name", "x"));
        String extraKey = codec.encode("events",
                position("at", first.at().toString(), "id", first.id().toString(), "rank", "1"));

        assertInvalidCursor(() -> pager.open(NEWEST_FIRST, new PageRequest(1, missing)));
        assertInvalidCursor(() -> pager.open(NEWEST_FIRST, new PageRequest(1, extraKey)));
    }

    @Test
    void uuidKeyAcceptsOnlyTheCanonicalForm() {
        String cursor = codec.encode("events", position("at", first.at().toString(), "id", "1-1-1-1-1"));

        assertInvalidCursor(() -> pager.open(NEWEST_FIRST, new PageRequest(1, cursor)));
    }

    private static Map<String, String> position(String... namesAndValues) {
        Map<String, String> position = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            position.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return position;
    }

    private static void assertInvalidCursor(org.assertj.core.api.ThrowableAssert.ThrowingCallable open) {
        assertThatThrownBy(open).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.code()).isEqualTo("INVALID_CURSOR"));
    }
}
