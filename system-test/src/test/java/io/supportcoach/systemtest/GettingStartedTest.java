package io.supportcoach.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Runs docs/getting-started.md as written: every {@code ```bash} block of the guide, in order, in one shell, against
 * this module's own services and databases. Blocks fenced {@code ```sh} are shown to the reader and not run (starting
 * the suite, which the harness has done). The guide checks its own results with {@code jq -e}, so a step whose
 * answer changed fails the script, and this test.
 */
@SystemTest
class GettingStartedTest {

    private static final Pattern RUNNABLE_BLOCK = Pattern.compile("^```bash\\n(.*?)^```$",
            Pattern.DOTALL | Pattern.MULTILINE);

    @Test
    void theWalkThroughRunsAsWrittenFromAFreshSuiteToEvidenceInAProfileAndAnApprovedPlacement(RunningSuite suite)
            throws IOException, InterruptedException {
        Path repository = suite.settings().repository();
        List<String> blocks = runnableBlocks(Files.readString(repository.resolve("docs/getting-started.md")));
        assertThat(blocks).as("the guide's runnable steps").hasSizeGreaterThan(5);

        Path script = suite.settings().work().resolve("getting-started.sh");
        Files.writeString(script, "set -euo pipefail\n" + String.join("\n", blocks));
        Path output = suite.settings().work().resolve("getting-started.log");
        ProcessBuilder bash = new ProcessBuilder("bash", script.toString()).directory(repository.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = bash.environment();
        environment.putAll(suite.localTokenEnvironment());
        environment.put("SKILLS", suite.skills().baseUrl());
        environment.put("COACHING", suite.coaching().baseUrl());
        environment.put("SECONDMENT", suite.secondment().baseUrl());
        Process walkThrough = bash.start();
        boolean finished = walkThrough.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            walkThrough.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("the walk-through finished within 5 minutes; it printed:%n%s", printed).isTrue();
        assertThat(walkThrough.exitValue()).as("the walk-through's exit code; it printed:%n%s", printed).isZero();
        assertThat(printed).as("the guide's last checks print what they found")
                .contains("COACHING_SESSION").contains("APPROVED");
    }

    static List<String> runnableBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher block = RUNNABLE_BLOCK.matcher(markdown);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
