package io.supportcoach.skills.catalogue;

import static io.supportcoach.skills.catalogue.CatalogueFixtures.CSV_HEADER;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.csvRow;
import static io.supportcoach.skills.catalogue.CatalogueFixtures.uniqueCode;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.supportcoach.testing.TestTokens;
import io.supportcoach.testing.Upload;
import org.junit.jupiter.api.Test;

/**
 * The import reads a file of up to 16 MiB, where every other operation reads 1 MiB, with a Content-Length or in
 * chunks. The files here are one row whose description fills them up: once the file is taken, the import refuses that
 * row as too long (400), so a 400 shows the body was read and a 413 that it was not.
 */
@QuarkusTest
class CatalogueImportLimitsTest {

    private static final int LIMIT = 16 * 1024 * 1024;

    @Test
    void aFileOfSixteenMebibytesIsReadWithOrWithoutALength() throws Exception {
        for (boolean announced : new boolean[] { true, false }) {
            Upload.Answer answer = post(fileOf(LIMIT), announced);
            assertThat(answer.status()).as("announced: " + announced).isEqualTo(400);
            JsonPath problem = new JsonPath(answer.body());
            assertThat(problem.getString("code")).isEqualTo("CSV_MALFORMED");
            assertThat(problem.getString("errors[0].code")).isEqualTo("TOO_LONG");
        }
    }

    @Test
    void aByteMoreIsRefusedWithOrWithoutALength() throws Exception {
        for (boolean announced : new boolean[] { true, false }) {
            Upload.Answer answer = post(fileOf(LIMIT + 1), announced);
            assertThat(answer.status()).as("announced: " + announced).isEqualTo(413);
            assertThat(answer.headers().get("Content-Type")).startsWith("application/problem+json");
            JsonPath problem = new JsonPath(answer.body());
            assertThat(problem.getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(problem.getString("detail")).contains("16 MiB");
            assertThat(answer.closed()).as("connection closed after the answer").isTrue();
        }
    }

    /** Exactly {@code bytes} long: a header and one row, its description padded. */
    private static byte[] fileOf(int bytes) {
        String row = csvRow(uniqueCode("huge"), "communication", "SOFT");
        int padding = bytes - CSV_HEADER.length() - row.length();
        byte[] file = (CSV_HEADER + row.replace("Imported by a test.", "Imported by a test." + "x".repeat(padding)))
                .getBytes(UTF_8);
        assertThat(file).hasSize(bytes);
        return file;
    }

    private static Upload.Answer post(byte[] file, boolean announced) throws Exception {
        return Upload.post("/catalogue/import", TestTokens.hrAdmin(), "text/csv", file, announced);
    }
}
