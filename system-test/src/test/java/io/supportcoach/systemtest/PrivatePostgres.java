package io.supportcoach.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, made with the machine's initdb in a temporary directory, so a test
 * may crash and restart the database a service uses without touching anyone else's. As root, the server runs as
 * the {@code postgres} user, since PostgreSQL refuses to run as root.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path home;
    private final Path data;
    private final int port;

    /** In the system's temporary directory, which the server's user can reach wherever the repository is. */
    PrivatePostgres(String name) {
        this.bin = binaries();
        try {
            this.home = Files.createTempDirectory(name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for " + name, e);
        }
        this.data = home.resolve("data");
        this.port = Settings.freePort();
    }

    int port() {
        return port;
    }

    /** A fresh cluster with the role and database a service expects, running and accepting connections. */
    void create(String role, String password, String database) {
        deleteRecursively(home);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            run(List.of("chown", "-R", "postgres:postgres", home.toString()));
        }
        run(asServerUser(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--no-sync"));
        start();
        psql("create role " + role + " login password '" + password + "'");
        psql("create database " + database + " owner " + role);
    }

    void start() {
        run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("server.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + home, "-w", "start"));
    }

    /** As a crash would: the server ends at once, without a checkpoint, and its connections break. */
    void crash() {
        run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    @Override
    public void close() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
        }
        deleteRecursively(home);
    }

    private void psql(String sql) {
        run(asServerUser(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
                "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c", sql));
    }

    private static List<String> asServerUser(String... command) {
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        return line;
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    /** The newest PostgreSQL installed from Debian's packages. */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                    .max(Comparator.comparing(version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + INSTALLATIONS));
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL's server binaries are not under " + INSTALLATIONS, e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
