package io.supportcoach.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads a picture in Debian's Chromium, headless, and reports what the browser laid out: for each CSS selector asked
 * about, the elements it matched with their box on screen and their text. Parsing an SVG only shows it is XML; the
 * browser shows it draws. {@code ./suite test} installs Chromium when it is missing, so an absent browser fails the
 * test instead of skipping it.
 */
public final class HeadlessChromium {

    /** Where Debian puts it; {@code CHROMIUM} names another binary. */
    private static final String DEFAULT_BINARY = "/usr/bin/chromium";
    private static final Pattern REPORT = Pattern.compile("<pre id=\"layout\">([A-Za-z0-9+/=]*)</pre>");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One element as drawn: its box in CSS pixels relative to the picture, and its text content. */
    public record Drawn(double x, double y, double width, double height, String text) {

        public boolean isVisibleWithin(Layout picture) {
            return width > 0 && height > 0 && x >= -0.5 && y >= -0.5
                    && x + width <= picture.width() + 0.5 && y + height <= picture.height() + 0.5;
        }
    }

    /** The picture's own size and, per selector in the order asked, what matched it. */
    public record Layout(double width, double height, List<List<Drawn>> matches) {

        public List<Drawn> of(int selectorIndex) {
            return matches.get(selectorIndex);
        }

        /** Fails unless each of these selectors matched something and all of it is drawn whole inside the picture. */
        public void assertDrawnWholeInside(int... selectorIndexes) {
            for (int selector : selectorIndexes) {
                assertThat(of(selector)).as("what selector %d matched", selector).isNotEmpty()
                        .allMatch(drawn -> drawn.isVisibleWithin(this), "drawn whole inside the picture");
            }
        }
    }

    private HeadlessChromium() {
    }

    public static Path binary() {
        Path binary = Path.of(System.getenv().getOrDefault("CHROMIUM", DEFAULT_BINARY));
        assertThat(Files.isExecutable(binary))
                .as("Chromium at %s (./suite test installs Debian's chromium package when it is missing)", binary)
                .isTrue();
        return binary;
    }

    /** Renders the SVG inline in a page and measures every element matching each selector. */
    public static Layout layout(byte[] svg, String... selectors) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("chromium-layout");
        try {
            Path page = dir.resolve("page.html");
            Files.writeString(page, page(new String(svg, StandardCharsets.UTF_8), selectors));
            String dom = run(dir, "--dump-dom", page.toUri().toString());
            Matcher report = REPORT.matcher(dom);
            assertThat(report.find()).as("the page's script reported a layout; Chromium printed:%n%s", dom).isTrue();
            return parse(JSON.readTree(Base64.getDecoder().decode(report.group(1))));
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Writes a PNG of the picture at its own size, for the README's screenshots. */
    public static void screenshot(byte[] svg, int width, int height, Path png) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("chromium-shot");
        try {
            Path picture = dir.resolve("picture.svg");
            Files.write(picture, svg);
            run(dir, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                    "--hide-scrollbars", picture.toUri().toString());
            assertThat(png).as("Chromium wrote the screenshot").isNotEmptyFile();
        } finally {
            deleteQuietly(dir);
        }
    }

    private static String page(String svg, String... selectors) throws IOException {
        String inlineSvg = svg.replaceFirst("^<\\?xml[^>]*>", "");
        return "<!doctype html><html><head><meta charset=\"utf-8\"><style>body{margin:0}</style></head><body>"
                + inlineSvg
                + "<pre id=\"layout\"></pre><script>\n"
                + "const picture = document.querySelector('svg').getBoundingClientRect();\n"
                + "const selectors = " + JSON.writeValueAsString(selectors) + ";\n"
                + "const matches = selectors.map(s => [...document.querySelectorAll(s)].map(e => {\n"
                + "  const box = e.getBoundingClientRect();\n"
                + "  return {x: box.x - picture.x, y: box.y - picture.y, width: box.width, height: box.height,\n"
                + "          text: e.textContent.trim()};\n"
                + "}));\n"
                + "const report = JSON.stringify({width: picture.width, height: picture.height, matches});\n"
                + "document.getElementById('layout').textContent = "
                + "btoa(String.fromCharCode(...new TextEncoder().encode(report)));\n"
                + "</script></body></html>";
    }

    private static String run(Path dir, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(arguments));
        Path output = dir.resolve("stdout");
        Process chromium = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(dir.resolve("stderr").toFile()).start();
        boolean exited = chromium.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            chromium.destroyForcibly();
        }
        assertThat(exited).as("Chromium finished within 60 s").isTrue();
        assertThat(chromium.exitValue()).as("Chromium's exit code; its errors:%n%s",
                Files.readString(dir.resolve("stderr"))).isZero();
        return Files.readString(output);
    }

    private static Layout parse(JsonNode report) {
        List<List<Drawn>> matches = new ArrayList<>();
        for (JsonNode selector : report.path("matches")) {
            List<Drawn> drawn = new ArrayList<>();
            for (JsonNode element : selector) {
                drawn.add(new Drawn(element.path("x").asDouble(), element.path("y").asDouble(),
                        element.path("width").asDouble(), element.path("height").asDouble(),
                        element.path("text").asText()));
            }
            matches.add(drawn);
        }
        return new Layout(report.path("width").asDouble(), report.path("height").asDouble(), matches);
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
