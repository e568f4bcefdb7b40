package io.supportcoach.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Everything the system tests run against, started once for all test classes of the module and ended after the
 * last one (JUnit closes it with the root context store): Keycloak with the committed realm, and the three
 * services with databases of their own, each calling the others and Keycloak on the ports chosen here, and
 * exporting their spans to an OpenTelemetry collector of the harness's own.
 */
public final class RunningSuite implements AutoCloseable {

    public static final String SKILLS = "skills-service";
    public static final String COACHING = "coaching-service";
    public static final String SECONDMENT = "secondment-service";
    public static final List<String> SERVICES = List.of(SKILLS, COACHING, SECONDMENT);
    public static final String AUDIENCE = "coaching-suite";
    /** The kid of the key {@code ./suite token} signs with. */
    private static final String LOCAL_PERSON_KEY = "suite-local";

    private final Settings settings;
    private final KeycloakProcess keycloak;
    private final OtlpCollector collector;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(() -> {
        log("the test JVM is exiting before the end of the run: stopping what the harness started");
        endAll();
    }, "system-test-shutdown");
    private boolean closed;

    private RunningSuite(Settings settings) {
        this.settings = settings;
        this.keycloak = new KeycloakProcess(settings, SERVICES);
        this.collector = OtlpCollector.start();
        Map<String, Integer> ports = new LinkedHashMap<>();
        SERVICES.forEach(service -> ports.put(service, Settings.freePort()));
        String cursorSecret = Settings.randomHex(32);
        for (String service : SERVICES) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("PORT", Integer.toString(ports.get(service)));
            environment.put("DB_HOST", settings.dbHost());
            environment.put("DB_PORT", Integer.toString(settings.dbPort()));
            environment.put("DB_USER", settings.dbUser());
            environment.put("DB_PASSWORD", settings.dbPassword());
            environment.put("DB_NAME", Databases.nameFor(service));
            environment.put("CURSOR_SECRET", cursorSecret);
            environment.put("JWT_PUBLIC_KEY_LOCATION", trustedKeys(settings).toString());
            environment.put("JWT_ISSUER", keycloak.realmUrl());
            environment.put("JWT_AUDIENCE", AUDIENCE);
            ports.forEach((callee, port) -> environment.put(
                    callee.toUpperCase().replace('-', '_') + "_URL", "http://127.0.0.1:" + port));
            environment.put("SUITE_SERVICE_TOKEN_SOURCE", "oidc-client");
            environment.put("QUARKUS_OIDC_CLIENT_CLIENT_ENABLED", "true");
            environment.put("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", keycloak.realmUrl());
            environment.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", service);
            environment.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", keycloak.clientSecret(service));
            environment.put("QUARKUS_OIDC_CLIENT_GRANT_TYPE", "client");
            environment.put("MALLOC_ARENA_MAX", "2");
            environment.put("OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint());
            environment.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            // A span reaches the collector within a fifth of a second of its end, not the production five.
            environment.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
            // A request that goes well logs nothing of its own; the access log gives each one a line to check.
            environment.put("QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true");
            environments.put(service, Map.copyOf(environment));
            services.put(service, new ServiceProcess(service, ports.get(service), settings, environment));
        }
    }

    /** Empties the databases, starts Keycloak, then the three services side by side, and waits for all. */
    static RunningSuite start(Settings settings) {
        RunningSuite suite = new RunningSuite(settings);
        Runtime.getRuntime().addShutdownHook(suite.shutdownHook);
        try {
            long started = System.nanoTime();
            // What a killed run left behind would hold on to the databases and Keycloak's data directory.
            suite.services.values().forEach(ServiceProcess::endLeftover);
            suite.keycloak.endLeftover();
            SERVICES.forEach(service -> Databases.reset(settings, Databases.nameFor(service)));
            Duration keycloakReady = suite.keycloak.start();
            log("Keycloak ready at %s in %d ms (log %s)", suite.keycloak.baseUrl(), keycloakReady.toMillis(),
                    suite.keycloak.logFile());
            suite.writeTrustedKeys();
            log("OpenTelemetry collector at %s", suite.collector.endpoint());
            // Launched together, so their boots overlap; each is then awaited.
            suite.services.values().forEach(ServiceProcess::launch);
            for (ServiceProcess service : suite.services.values()) {
                Duration ready = service.awaitReady();
                log("%s ready in %d ms (log %s)", service, ready.toMillis(), service.logFile());
            }
            log("system under test started in %d ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** The key set the services trust, written once Keycloak has made its keys. */
    private static Path trustedKeys(Settings settings) {
        return settings.work().resolve("trusted.jwks");
    }

    /**
     * Keycloak's signing keys and the person key of {@code ./suite token}, so the services take both the tokens a
     * portal gets from the identity provider and those a newcomer mints by following the getting-started guide. The
     * tokens of {@code ./suite token} name the realm as issuer when its {@code JWT_ISSUER} says so, as
     * {@link #localTokenEnvironment()} does.
     */
    private void writeTrustedKeys() {
        try {
            Process token = new ProcessBuilder(settings.repository().resolve("suite").toString(), "token", "--role",
                    "employee", "--sub", "system-test").directory(settings.repository().toFile())
                    .redirectErrorStream(true).start();
            String output = new String(token.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (token.waitFor() != 0) {
                throw new IllegalStateException("./suite token could not make the local keys: " + output);
            }
            JsonNode local = Http.JSON.readTree(settings.repository().resolve(".suite/keys/trusted.jwks").toFile());
            JsonNode realm = Http.get(keycloak.jwksUrl(), null).json();
            ArrayNode keys = Http.JSON.createArrayNode();
            realm.path("keys").forEach(keys::add);
            local.path("keys").forEach(key -> {
                if (LOCAL_PERSON_KEY.equals(key.path("kid").asText())) {
                    keys.add(key);
                }
            });
            Files.writeString(trustedKeys(settings), Http.JSON.writeValueAsString(Http.JSON.createObjectNode()
                    .set("keys", keys)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + trustedKeys(settings), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the local keys", e);
        }
    }

    /** What {@code ./suite token} needs to mint tokens these services take. */
    public Map<String, String> localTokenEnvironment() {
        return Map.of("JWT_ISSUER", keycloak.realmUrl(), "JWT_AUDIENCE", AUDIENCE);
    }

    public KeycloakProcess keycloak() {
        return keycloak;
    }

    /** Where the services' spans go. */
    OtlpCollector collector() {
        return collector;
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; there are " + services.keySet());
        }
        return service;
    }

    /**
     * Another process of a service, beside the suite's: the suite's settings for it (Keycloak, client secret,
     * the others' addresses) with a port and database of its own. The caller starts and stops it.
     */
    ServiceProcess another(String name, String processName, int port, String dbPort, String dbName) {
        Map<String, String> environment = new LinkedHashMap<>(environments.get(name));
        environment.put("PORT", Integer.toString(port));
        environment.put("DB_PORT", dbPort);
        environment.put("DB_NAME", dbName);
        return new ServiceProcess(name, processName, port, settings, environment);
    }

    public ServiceProcess skills() {
        return service(SKILLS);
    }

    public ServiceProcess coaching() {
        return service(COACHING);
    }

    public ServiceProcess secondment() {
        return service(SECONDMENT);
    }

    Settings settings() {
        return settings;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        endAll();
        log("stopped the services and Keycloak in %d ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, and the hook is what runs.
        }
    }

    /**
     * Services first, so none of them logs Keycloak's disappearance as an error, nor fails to export its last spans.
     */
    private void endAll() {
        services.values().forEach(ServiceProcess::stop);
        keycloak.stop();
        collector.close();
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("[system-test] " + format + "%n", arguments);
    }
}
