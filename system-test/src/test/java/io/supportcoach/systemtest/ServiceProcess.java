package io.supportcoach.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of the three services, run from its packaged {@code target/<service>-runner.jar} in the production
 * profile, on a port and a database of its own, trusting the harness's Keycloak. A test may {@link #kill()} it
 * (SIGKILL, as a crash) and {@link #start()} it again on the same port and database.
 */
public final class ServiceProcess {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    /**
     * The memory settings of {@code ./suite up} and the Dockerfile, so a service that outgrows them (a metaspace
     * too small for its extensions, a code cache too small for C1 alone, say) fails here, in the normal test run,
     * and not first in production. Without their class cache, which would fit only the path it was made for.
     */
    static final List<String> PRODUCTION_MEMORY = List.of("-XX:+UseSerialGC", "-Xms48m", "-Xmx96m",
            "-XX:MetaspaceSize=64m", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=40m", "-Xss512k",
            "-XX:MaxDirectMemorySize=64m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

    private final String name;
    private final int port;
    private final Path jar;
    private final ManagedProcess process;

    ServiceProcess(String name, int port, Settings settings, Map<String, String> environment) {
        this(name, name, port, settings, environment);
    }

    /** {@code processName} names its log and pid files, so a second process of a service keeps its own. */
    ServiceProcess(String name, String processName, int port, Settings settings, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.jar = settings.repository().resolve(name).resolve("target/" + name + "-runner.jar");
        List<String> command = new ArrayList<>();
        command.add(Settings.javaExecutable());
        command.addAll(PRODUCTION_MEMORY);
        command.addAll(List.of("-jar", jar.toString()));
        this.process = new ManagedProcess(processName, command, environment, settings.work(),
                settings.work().resolve(processName + ".log"), settings.work().resolve(processName + ".pid"),
                jar.toString());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the service and waits until it is ready. */
    public Duration start() {
        launch();
        return awaitReady();
    }

    /** SIGKILL to the service: no shutdown hook runs, nothing in flight is finished. */
    public void kill() {
        process.kill();
    }

    /** An orderly stop (SIGTERM), as an operator's would be. */
    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return process.logFile();
    }

    /** Ends this service as an earlier run left it running when its JVM was killed. */
    void endLeftover() {
        process.endLeftover();
    }

    void launch() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw -B install "
                    + "-DskipTests, or run the system tests in the whole reactor)");
        }
        process.start();
    }

    /** Waits for {@code /q/health/ready}: migrations done, database reachable. */
    Duration awaitReady() {
        return Await.until(name + " at " + baseUrl() + " (log " + process.logFile() + ")", READY_TIMEOUT,
                () -> Http.answers200(baseUrl() + "/q/health/ready"),
                () -> process.isAlive() ? null
                        : "exited with " + process.exitCode().orElse(-1) + "; last lines of its log:\n"
                                + process.logTail(30));
    }

    @Override
    public String toString() {
        return name + " at " + baseUrl();
    }
}
