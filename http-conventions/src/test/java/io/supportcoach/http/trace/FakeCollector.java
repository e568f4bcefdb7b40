package io.supportcoach.http.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An OpenTelemetry collector that takes OTLP over HTTP and keeps what it was sent, named to the application by
 * the environment variables an operator would set.
 */
public class FakeCollector implements QuarkusTestResourceLifecycleManager {

    private static final List<byte[]> EXPORTS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake collector", e);
        }
        server.createContext("/v1/traces", exchange -> {
            EXPORTS.add(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** Whether any export so far holds a span of the trace: OTLP writes a trace id as its 16 bytes. */
    static boolean received(String traceId) {
        byte[] id = HexFormat.of().parseHex(traceId);
        return EXPORTS.stream().anyMatch(export -> indexOf(export, id) >= 0);
    }

    /** Whether any export so far names the service. */
    static boolean receivedFrom(String serviceName) {
        return EXPORTS.stream().anyMatch(export -> indexOf(export, serviceName.getBytes(StandardCharsets.UTF_8)) >= 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }
}
