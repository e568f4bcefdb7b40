package io.supportcoach.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures are {@code contracts/released.yaml} and one change of it per file, each at info.version 1.2.0. */
class ContractCompatibilityTest {

    private static final Path RELEASED = fixture("released.yaml");

    @TempDir
    Path temp;

    @Test
    void anUnchangedContractPasses() {
        assertThat(ContractCompatibility.compare(RELEASED, RELEASED).breakingChanges()).isEmpty();
        assertThatCode(() -> ContractCompatibility.assertNoBreakingChange(RELEASED, RELEASED))
                .doesNotThrowAnyException();
    }

    @Test
    void aRemovedResponseFieldIsCaughtWhereverTheSchemaIsReturnedEvenInsideAnArray() {
        assertThat(breakingChanges("removed-response-field.yaml")).containsExactly(
                "GET /widgets response 200 application/json: field `items[].colour` removed",
                "POST /widgets response 201 application/json: field `colour` removed",
                "GET /widgets/{id} response 200 application/json: field `colour` removed");
    }

    @Test
    void theFailureListsWhatBreaksAndHowToMoveOn() {
        Path current = fixture("removed-response-field.yaml");
        assertThatThrownBy(() -> ContractCompatibility.assertNoBreakingChange(RELEASED, current))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("3 breaking changes in " + current.toAbsolutePath())
                .hasMessageContaining("since the released " + RELEASED.toAbsolutePath())
                .hasMessageContaining("(info.version 1.2.0 -> 1.2.0)")
                .hasMessageContaining("  - GET /widgets/{id} response 200 application/json: field `colour` removed\n")
                .hasMessageContaining("raise the major version of info.version to 2.0.0");
    }

    @Test
    void aRetypedResponseFieldIsCaught() {
        assertThat(breakingChanges("retyped-response-field.yaml")).containsExactly(
                "GET /widgets response 200 application/json: field `items[].weight` changed type from integer to string",
                "POST /widgets response 201 application/json: field `weight` changed type from integer to string",
                "GET /widgets/{id} response 200 application/json: field `weight` changed type from integer to string");
    }

    @Test
    void aNewRequiredQueryParameterIsCaught() {
        assertThat(breakingChanges("new-required-query-parameter.yaml"))
                .containsExactly("GET /widgets: new required query parameter `team`");
    }

    @Test
    void aNewRequiredRequestBodyFieldIsCaught() {
        assertThat(breakingChanges("new-required-request-field.yaml"))
                .containsExactly("POST /widgets request body application/json: new required field `owner`");
    }

    @Test
    void aRemovedOperationIsCaught() {
        assertThat(breakingChanges("removed-operation.yaml")).containsExactly("GET /widgets/{id}: operation removed");
    }

    @Test
    void newOptionalFieldsParametersResponseFieldsAndOperationsPass() {
        Path current = fixture("compatible-additions.yaml");
        assertThat(ContractCompatibility.compare(RELEASED, current).breakingChanges()).isEmpty();
        assertThatCode(() -> ContractCompatibility.assertNoBreakingChange(RELEASED, current))
                .doesNotThrowAnyException();
    }

    @Test
    void aBreakingChangePassesWhenTheMajorVersionMoved() throws IOException {
        Path current = withVersion("removed-response-field.yaml", "2.0.0");
        assertThat(ContractCompatibility.compare(RELEASED, current).breakingChanges()).hasSize(3);
        assertThatCode(() -> ContractCompatibility.assertNoBreakingChange(RELEASED, current))
                .doesNotThrowAnyException();
    }

    @Test
    void leavingZeroForOneIsAMajorMove() throws IOException {
        Path released = withVersion("released.yaml", "0.4.2");
        assertThatCode(() -> ContractCompatibility.assertNoBreakingChange(released,
                withVersion("removed-response-field.yaml", "1.0.0"))).doesNotThrowAnyException();
    }

    @Test
    void aMinorOrPatchMoveDoesNotAllowABreak() throws IOException {
        Path released = withVersion("released.yaml", "0.4.2");
        for (String version : new String[] {"0.5.0", "0.4.3", "0.4.2"}) {
            Path current = withVersion("removed-response-field.yaml", version);
            assertThatThrownBy(() -> ContractCompatibility.assertNoBreakingChange(released, current))
                    .as(version).hasMessageContaining("field `colour` removed");
        }
    }

    @Test
    void aMissingBaselineSaysHowToMakeIt() {
        assertThatThrownBy(() -> ContractCompatibility.assertNoBreakingChange(temp.resolve("absent.yaml"), RELEASED))
                .hasMessageContaining("there is no released contract at")
                .hasMessageContaining("./suite release-contracts");
    }

    @Test
    void theMajorVersionIsTheLeadingNumber() {
        assertThat(ContractCompatibility.major("1.2.3")).hasValue(1);
        assertThat(ContractCompatibility.major("v10.0")).hasValue(10);
        assertThat(ContractCompatibility.major("0.1.0-SNAPSHOT")).hasValue(0);
        assertThat(ContractCompatibility.major("draft")).isEmpty();
        assertThat(ContractCompatibility.major(null)).isEmpty();
    }

    private static List<String> breakingChanges(String fixture) {
        return ContractCompatibility.compare(RELEASED, fixture(fixture)).breakingChanges();
    }

    private Path withVersion(String fixture, String version) throws IOException {
        String text = Files.readString(fixture(fixture), StandardCharsets.UTF_8);
        assertThat(text).contains("  version: 1.2.0\n");
        Path copy = Files.createDirectories(temp.resolve(version)).resolve(fixture);
        return Files.writeString(copy, text.replace("  version: 1.2.0\n", "  version: " + version + "\n"),
                StandardCharsets.UTF_8);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ContractCompatibilityTest.class.getResource("/contracts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
