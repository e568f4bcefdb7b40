package io.supportcoach.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

/**
 * An OpenTelemetry collector for the running services: it takes OTLP over HTTP ({@code POST /v1/traces}, protobuf),
 * keeps every export, and reads the spans back out of them. It decodes only the fields the tests look at, with a
 * protobuf reader of its own, so that checking a trace needs neither a real collector nor the OTLP classes here.
 */
final class OtlpCollector implements AutoCloseable {

    static final int SERVER = 2;
    static final int CLIENT = 3;

    /** One span as exported, with the {@code service.name} of the resource it came with; ids in lower-case hex. */
    record Span(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
    }

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private OtlpCollector(HttpServer server) {
        this.server = server;
    }

    static OtlpCollector start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OTLP collector", e);
        }
        OtlpCollector collector = new OtlpCollector(server);
        server.createContext("/v1/traces", exchange -> {
            try (exchange) {
                boolean gzipped = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                try (InputStream body = gzipped ? new GZIPInputStream(exchange.getRequestBody())
                        : exchange.getRequestBody()) {
                    collector.exports.add(body.readAllBytes());
                }
                // An empty ExportTraceServiceResponse: everything accepted.
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
        return collector;
    }

    /** The base URL the services take as {@code OTEL_EXPORTER_OTLP_ENDPOINT}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every span received so far. */
    List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        exports.forEach(export -> readExport(new Protobuf(export), spans));
        return spans;
    }

    /** The spans of one trace received so far. */
    List<Span> spansOf(String traceId) {
        return spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** ExportTraceServiceRequest: resource_spans = 1. */
    private static void readExport(Protobuf request, List<Span> spans) {
        while (request.next()) {
            if (request.field() == 1) {
                readResourceSpans(request.message(), spans);
            } else {
                request.skip();
            }
        }
    }

    /** ResourceSpans: resource = 1, scope_spans = 2; the resource is read first, whatever the order on the wire. */
    private static void readResourceSpans(Protobuf resourceSpans, List<Span> spans) {
        String service = null;
        List<Protobuf> scopes = new ArrayList<>();
        while (resourceSpans.next()) {
            switch (resourceSpans.field()) {
                case 1 -> service = serviceName(resourceSpans.message());
                case 2 -> scopes.add(resourceSpans.message());
                default -> resourceSpans.skip();
            }
        }
        for (Protobuf scope : scopes) {
            while (scope.next()) {
                if (scope.field() == 2) {
                    spans.add(readSpan(service, scope.message()));
                } else {
                    scope.skip();
                }
            }
        }
    }

    /** Resource: attributes = 1, each a KeyValue (key = 1, value = 2: AnyValue, string_value = 1). */
    private static String serviceName(Protobuf resource) {
        String name = null;
        while (resource.next()) {
            if (resource.field() != 1) {
                resource.skip();
                continue;
            }
            Protobuf attribute = resource.message();
            String key = null;
            String value = null;
            while (attribute.next()) {
                switch (attribute.field()) {
                    case 1 -> key = attribute.string();
                    case 2 -> value = stringValue(attribute.message());
                    default -> attribute.skip();
                }
            }
            if ("service.name".equals(key)) {
                name = value;
            }
        }
        return name;
    }

    private static String stringValue(Protobuf anyValue) {
        String value = null;
        while (anyValue.next()) {
            if (anyValue.field() == 1) {
                value = anyValue.string();
            } else {
                anyValue.skip();
            }
        }
        return value;
    }

    /** Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5, kind = 6. */
    private static Span readSpan(String service, Protobuf span) {
        String traceId = "";
        String spanId = "";
        String parentSpanId = "";
        String name = "";
        int kind = 0;
        while (span.next()) {
            switch (span.field()) {
                case 1 -> traceId = HexFormat.of().formatHex(span.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(span.bytes());
                case 4 -> parentSpanId = HexFormat.of().formatHex(span.bytes());
                case 5 -> name = span.string();
                case 6 -> kind = (int) span.varint();
                default -> span.skip();
            }
        }
        return new Span(service, traceId, spanId, parentSpanId, name, kind);
    }

    /** A walk over the fields of one protobuf message: {@link #next()}, then read or skip the field's value. */
    private static final class Protobuf {

        private final byte[] data;
        private final int end;
        private int position;
        private int field;
        private int wireType;

        Protobuf(byte[] data) {
            this(data, 0, data.length);
        }

        private Protobuf(byte[] data, int start, int end) {
            this.data = data;
            this.position = start;
            this.end = end;
        }

        /** Reads the next field's tag; false at the end of the message. */
        boolean next() {
            if (position >= end) {
                return false;
            }
            long tag = varint();
            field = (int) (tag >>> 3);
            wireType = (int) (tag & 7);
            return true;
        }

        int field() {
            return field;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = data[position++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalStateException("a varint longer than 10 bytes");
        }

        byte[] bytes() {
            int length = length();
            byte[] value = Arrays.copyOfRange(data, position, position + length);
            position += length;
            return value;
        }

        String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        Protobuf message() {
            int length = length();
            Protobuf message = new Protobuf(data, position, position + length);
            position += length;
            return message;
        }

        /** Steps over the value of a field this reader does not want, by its wire type. */
        void skip() {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> position += 8;
                case 2 -> {
                    // Not "position += length()": that would add to the position from before the length was read.
                    int length = length();
                    position += length;
                }
                case 5 -> position += 4;
                default -> throw new IllegalStateException("wire type " + wireType + " of field " + field);
            }
        }

        private int length() {
            if (wireType != 2) {
                throw new IllegalStateException("field " + field + " is not length-delimited (wire type " + wireType
                        + ")");
            }
            int length = (int) varint();
            if (length < 0 || position + length > end) {
                throw new IllegalStateException("field " + field + " runs past the end of its message");
            }
            return length;
        }
    }
}
