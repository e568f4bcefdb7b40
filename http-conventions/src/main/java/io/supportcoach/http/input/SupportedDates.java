package io.supportcoach.http.input;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * Dates and instants the suite accepts: years 1900 to 2999. Nothing in coaching happens outside them, and
 * PostgreSQL would refuse some values beyond them with an error the client could not act on.
 */
public final class SupportedDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    private SupportedDates() {
    }

    /** A module that checks the range of every {@link Instant} and {@link LocalDate} read from JSON. */
    public static SimpleModule module() {
        return new SimpleModule("supported-dates")
                .addDeserializer(Instant.class, new InRange<>(Instant.class, InstantDeserializer.INSTANT,
                        instant -> instant.atOffset(ZoneOffset.UTC).getYear()))
                .addDeserializer(LocalDate.class, new InRange<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        LocalDate::getYear));
    }

    /** Reads with the usual deserializer, then refuses a year outside the range. */
    static final class InRange<T> extends JsonDeserializer<T> implements ContextualDeserializer {

        private final Class<T> type;
        private final JsonDeserializer<T> reader;
        private final Function<T, Integer> yearOf;

        InRange(Class<T> type, JsonDeserializer<T> reader, Function<T, Integer> yearOf) {
            this.type = type;
            this.reader = reader;
            this.yearOf = yearOf;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<T> contextual = reader instanceof ContextualDeserializer aware
                    ? (JsonDeserializer<T>) aware.createContextual(context, property) : reader;
            return new InRange<>(type, contextual, yearOf);
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            T value = reader.deserialize(parser, context);
            int year = yearOf.apply(value);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return (T) context.handleWeirdStringValue(type, text,
                        "is outside the supported years " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return value;
        }
    }
}
