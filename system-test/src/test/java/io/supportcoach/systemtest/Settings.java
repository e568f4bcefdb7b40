package io.supportcoach.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where things are and how to reach PostgreSQL. The paths come from the module's pom (system properties set by
 * surefire); the database coordinates from the same variables the rest of the build reads ({@code DB_HOST},
 * {@code DB_PORT}, {@code DB_USER}, {@code DB_PASSWORD}), with the same defaults.
 */
record Settings(Path repository, Path keycloakHome, Path work, String dbHost, int dbPort, String dbUser,
        String dbPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static Settings fromEnvironment() {
        Path repository = Path.of(required("systemtest.repository")).toAbsolutePath().normalize();
        Path work = Path.of(required("systemtest.work")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + work, e);
        }
        return new Settings(repository, Path.of(required("systemtest.keycloak-home")).toAbsolutePath().normalize(),
                work, env("DB_HOST", "127.0.0.1"), Integer.parseInt(env("DB_PORT", "5432")), env("DB_USER", "suite"),
                env("DB_PASSWORD", "suite"));
    }

    /**
     * The java the services run on: {@code SERVICE_JAVA}, which {@code ./suite test} sets to the JVM {@code ./suite up}
     * runs them on (a Java 25 when it finds one), else the java that runs this test.
     */
    static String javaExecutable() {
        String serviceJava = System.getenv("SERVICE_JAVA");
        if (serviceJava != null && !serviceJava.isBlank()) {
            return serviceJava;
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A port nobody listens on right now, chosen by the operating system: never a development port. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** {@code bytes} random bytes as lower-case hex. */
    static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the system tests "
                    + "through Maven (./mvnw -B verify -pl system-test), whose pom sets it");
        }
        return value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
