package io.supportcoach.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.supportcoach.http.input.SupportedDates;
import jakarta.inject.Singleton;

/**
 * Reads request bodies strictly: an unknown or read-only field, a duplicate key, a null for a number or
 * trailing garbage is a 400 rather than something silently ignored, and nothing is coerced: no enum
 * ordinals, no numbers as strings or strings as numbers, no fractions for integers, no numeric dates, and
 * no NUL character in a string, which PostgreSQL could not store; dates and instants lie in the years
 * 1900 to 2999.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that its date readers replace the ones Quarkus's own customizers register. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation") // MapperFeature via configure() is the one way that works on a built mapper
    public void customize(ObjectMapper objectMapper) {
        objectMapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        objectMapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        objectMapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        objectMapper.setDefaultLeniency(false);
        // Numbers and booleans from a JSON string; strings, numbers, dates and enums from a JSON value of
        // another kind. A whole number stays a valid decimal: 2 is as good as 2.0 for a weight.
        for (LogicalType scalar : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            objectMapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (LogicalType scalar : new LogicalType[] { LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean,
                LogicalType.DateTime, LogicalType.Enum }) {
            var coercion = objectMapper.coercionConfigFor(scalar);
            for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean }) {
                coercion.setCoercion(shape, CoercionAction.Fail);
            }
        }
        objectMapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        objectMapper.registerModule(new SimpleModule("strict-strings").addDeserializer(String.class, new NoNulStrings()));
        objectMapper.registerModule(SupportedDates.module());
    }

    /** Strings only from JSON strings, and never with a NUL character. */
    static final class NoNulStrings extends StdScalarDeserializer<String> {

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            if (text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "contains a NUL character");
            }
            return text;
        }
    }
}
