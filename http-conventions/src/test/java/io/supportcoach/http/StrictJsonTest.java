package io.supportcoach.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

/** Each rule of strict input on its own, on a mapper customised exactly as the services' is. */
class StrictJsonTest {

    enum Status { ACTIVE, LEFT }

    record Body(String name, Integer level, int count, Boolean active, Status status, Instant at, LocalDate on,
            BigDecimal weight) {
    }

    private final ObjectMapper mapper = strictMapper();

    private static ObjectMapper strictMapper() {
        var mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void wellTypedBodyIsRead() throws Exception {
        Body body = mapper.readValue("""
                {"name": "Dana", "level": 3, "count": 2, "active": true, "status": "LEFT",
                 "at": "2026-11-20T10:00:00Z", "on": "2026-11-20", "weight": 2}""", Body.class);

        assertThat(body).isEqualTo(new Body("Dana", 3, 2, true, Status.LEFT, Instant.parse("2026-11-20T10:00:00Z"),
                LocalDate.of(2026, 11, 20), BigDecimal.valueOf(2)));
    }

    @Test
    void enumOrdinalIsRefused() {
        assertRefused("{\"status\": 1}");
    }

    @Test
    void numberAsStringIsRefused() {
        assertRefused("{\"level\": \"3\"}");
        assertRefused("{\"count\": \"3\"}");
        assertRefused("{\"active\": \"true\"}");
        assertRefused("{\"weight\": \"2.5\"}");
    }

    @Test
    void stringAsNumberOrBooleanIsRefused() {
        assertRefused("{\"name\": 3}");
        assertRefused("{\"name\": true}");
    }

    @Test
    void fractionForAnIntegerIsRefused() {
        assertRefused("{\"level\": 3.7}");
        assertRefused("{\"count\": 3.0}");
    }

    @Test
    void numericTimestampsAreRefused() {
        assertRefused("{\"at\": 1700000000}");
        assertRefused("{\"on\": 20000}");
    }

    @Test
    void datesOutsideTheSupportedYearsAreRefused() throws Exception {
        assertRefused("{\"at\": \"1899-12-31T23:59:59Z\"}");
        assertRefused("{\"at\": \"+10000-01-01T00:00:00Z\"}");
        assertRefused("{\"on\": \"3000-01-01\"}");
        assertRefused("{\"on\": \"0001-01-01\"}");

        Body edges = mapper.readValue(
                "{\"count\": 1, \"at\": \"1900-01-01T00:00:00Z\", \"on\": \"2999-12-31\"}", Body.class);
        assertThat(edges.on()).isEqualTo(LocalDate.of(2999, 12, 31));
    }

    @Test
    void nulCharacterInAStringIsRefused() {
        assertRefused("{\"name\": \"Da\\u0000na\"}");
    }

    private void assertRefused(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Body.class)).isInstanceOf(MismatchedInputException.class);
    }
}
