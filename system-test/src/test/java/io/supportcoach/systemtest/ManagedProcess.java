package io.supportcoach.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One operating-system process the harness starts: its output written to a log file, its pid recorded in a
 * pid file (so the next run can end it if this JVM died without cleaning up), and ended together with every
 * process it started.
 */
final class ManagedProcess {

    /** Inherited variables that would reconfigure what the harness starts; every one it needs it sets itself. */
    private static final List<String> INHERITED_PREFIXES_DROPPED = List.of("QUARKUS_", "KC_", "KEYCLOAK_", "JAVA_OPTS",
            "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "DB_", "JWT_", "SUITE_", "SKILLS_", "COACHING_", "SECONDMENT_",
            "CURSOR_SECRET", "PORT", "PROFILE_", "MAVEN_OPTS", "OTEL_", "TRACES_", "LOG_JSON");

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path logFile;
    private final Path pidFile;
    /** A string the command line of this process always contains, to recognise a leftover of an earlier run. */
    private final String marker;
    private Process process;
    /** The log starts empty at the first start of a run; a restart in the same run appends to it. */
    private boolean startedBefore;

    ManagedProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
            Path logFile, Path pidFile, String marker) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.logFile = logFile;
        this.pidFile = pidFile;
        this.marker = marker;
    }

    synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " already runs (pid " + process.pid() + ")");
        }
        endLeftover();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().keySet().removeIf(key -> INHERITED_PREFIXES_DROPPED.stream().anyMatch(key::startsWith));
        builder.environment().putAll(environment);
        try {
            Files.writeString(logFile, "---- " + Instant.now() + " starting " + name + ": " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    startedBefore ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            startedBefore = true;
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized Optional<Integer> exitCode() {
        return process != null && !process.isAlive() ? Optional.of(process.exitValue()) : Optional.empty();
    }

    /** SIGKILL to the process and everything it started, as a crash or an out-of-memory killer would end it. */
    synchronized void kill() {
        if (process != null) {
            end(process.toHandle(), Duration.ZERO);
        }
        deletePidFile();
    }

    /** SIGTERM to the process and everything it started; SIGKILL to whatever still runs after the grace period. */
    synchronized void stop(Duration grace) {
        if (process != null) {
            end(process.toHandle(), grace);
        }
        deletePidFile();
    }

    Path logFile() {
        return logFile;
    }

    /** The last lines of the log, for a failure message that says why without opening the file. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // A stale pid file is checked against the command line before anything is ended: harmless.
        }
    }

    /**
     * Ends this process as an earlier run left it, when that run's JVM died before cleaning up (killed): only when
     * the recorded pid still belongs to a process whose command line carries the marker, never a pid the system
     * reused for something else.
     */
    synchronized void endLeftover() {
        if (!Files.isRegularFile(pidFile) || isAlive()) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid)
                    .filter(handle -> handle.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                    .ifPresent(handle -> {
                        System.out.printf("[system-test] ending %s (pid %d), left running by an earlier run%n", name,
                                pid);
                        end(handle, Duration.ofSeconds(10));
                    });
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // Not a pid file of ours any more: leave it to be overwritten.
        }
    }

    private static void end(ProcessHandle root, Duration grace) {
        // Children first are collected while the root still lives: once it is gone they are reparented and lost.
        List<ProcessHandle> tree = Stream.concat(root.descendants(), Stream.of(root)).toList();
        if (!grace.isZero()) {
            tree.forEach(ProcessHandle::destroy);
            awaitExit(tree, grace);
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(10));
    }

    private static void awaitExit(List<ProcessHandle> tree, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
