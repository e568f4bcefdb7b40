package io.supportcoach.http.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The lines the test application logged, as its console writes them (see the test application.properties). */
final class TestLog {

    private static final Path FILE = Path.of("target/conventions-test.log");

    private TestLog() {
    }

    /** The lines that mention {@code text}. */
    static List<String> linesWith(String text) {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
