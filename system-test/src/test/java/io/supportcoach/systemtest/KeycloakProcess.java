package io.supportcoach.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from the distribution Maven unpacked into {@code target/}, in development mode (H2 in its data
 * directory, plain HTTP), importing the committed realm {@code deploy/keycloak/coaching-suite-realm.json} as
 * compose does. Its data directory is emptied first, because Keycloak skips the import of a realm it already has.
 */
public final class KeycloakProcess {

    public static final String REALM = "coaching-suite";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Settings settings;
    private final int port;
    private final int managementPort;
    private final String adminPassword = Settings.randomHex(12);
    /** Client id to the secret the realm import takes from the environment variable of that client. */
    private final Map<String, String> clientSecrets = new LinkedHashMap<>();
    private final ManagedProcess process;

    KeycloakProcess(Settings settings, List<String> serviceClients) {
        this.settings = settings;
        this.port = Settings.freePort();
        this.managementPort = Settings.freePort();
        serviceClients.forEach(client -> clientSecrets.put(client, client + "-systest-" + Settings.randomHex(16)));

        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        clientSecrets.forEach((client, secret) -> environment.put(secretVariableOf(client), secret));

        Path kcSh = settings.keycloakHome().resolve("bin/kc.sh");
        List<String> command = List.of("bash", kcSh.toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + port, "--http-management-port=" + managementPort, "--health-enabled=true",
                "--import-realm");
        this.process = new ManagedProcess("keycloak", command, environment, settings.keycloakHome(),
                settings.work().resolve("keycloak.log"), settings.work().resolve("keycloak.pid"),
                settings.keycloakHome().toString());
    }

    /** The variable the realm file names for a client's secret: {@code SKILLS_SERVICE_CLIENT_SECRET}, ... */
    public static String secretVariableOf(String clientId) {
        return clientId.toUpperCase().replace('-', '_') + "_CLIENT_SECRET";
    }

    /** Starts Keycloak and waits until the realm's discovery document answers, which is after the import. */
    Duration start() {
        Path kcSh = settings.keycloakHome().resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException(kcSh + " is missing: Maven unpacks Keycloak in generate-test-resources "
                    + "unless its marker under target/dependency-maven-plugin-markers says it did; delete "
                    + "system-test/target and run ./mvnw -B verify -pl system-test");
        }
        process.endLeftover();
        prepareDataDirectory();
        process.start();
        return Await.until("Keycloak at " + baseUrl() + " (log " + process.logFile() + ")", READY_TIMEOUT,
                () -> Http.answers200(realmUrl() + "/.well-known/openid-configuration"),
                () -> process.isAlive() ? null
                        : "exited with " + process.exitCode().orElse(-1) + "; last lines of its log:\n"
                                + process.logTail(30));
    }

    private void prepareDataDirectory() {
        Path data = settings.keycloakHome().resolve("data");
        try {
            for (String stale : List.of("h2", "import", "tmp", "transaction-logs")) {
                deleteTree(data.resolve(stale));
            }
            Files.createDirectories(data.resolve("import"));
            Files.copy(settings.repository().resolve("deploy/keycloak/coaching-suite-realm.json"),
                    data.resolve("import/coaching-suite-realm.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak's data directory " + data, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Ends a Keycloak an earlier run left running when its JVM was killed. */
    void endLeftover() {
        process.endLeftover();
    }

    void stop() {
        process.stop(Duration.ofSeconds(10));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The realm's URL, which is also the issuer of its tokens when they are requested at this address. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public String jwksUrl() {
        return realmUrl() + "/protocol/openid-connect/certs";
    }

    public String adminUsername() {
        return "admin";
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** The secret this run gave the client through its environment variable (not the realm file's default). */
    public String clientSecret(String clientId) {
        String secret = clientSecrets.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("no confidential client " + clientId);
        }
        return secret;
    }

    public Path logFile() {
        return process.logFile();
    }
}
