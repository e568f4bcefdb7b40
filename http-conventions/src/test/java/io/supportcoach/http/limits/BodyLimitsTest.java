package io.supportcoach.http.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.supportcoach.testing.TestTokens;
import io.supportcoach.testing.Upload;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /uploads} reads the default 1 MiB, {@code POST /uploads/large} the 3 MiB of its {@code @BodyLimit};
 * each up to its limit and no further, whether the body comes with a Content-Length or in chunks without one.
 */
@QuarkusTest
class BodyLimitsTest {

    private static final long MIB = 1024 * 1024;
    private static final String TOKEN = TestTokens.employee("e-uploader");

    @Test
    void anOperationReadsUpToTheDefaultMebibyteWithOrWithoutALength() throws Exception {
        for (boolean announced : new boolean[] { true, false }) {
            Upload.Answer answer = Upload.post("/uploads", TOKEN, MIB, announced);
            assertThat(answer.status()).as("announced: " + announced).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(Long.toString(MIB));
        }
    }

    @Test
    void aByteOverTheDefaultMebibyteIsRefusedWithOrWithoutALength() throws Exception {
        for (boolean announced : new boolean[] { true, false }) {
            assertTooLarge(Upload.post("/uploads", TOKEN, MIB + 1, announced), "1 MiB this operation");
        }
    }

    @Test
    void aJsonBodyCutAtTheLimitIsTooLargeRatherThanMalformed() throws Exception {
        for (boolean announced : new boolean[] { true, false }) {
            assertTooLarge(Upload.post("/widgets", TOKEN, "application/json", "{\"name\": \"", MIB + 1, announced),
                    "1 MiB this operation");
        }
    }

    @Test
    void anOperationWithABodyLimitOfItsOwnReadsUpToIt() throws Exception {
        for (boolean announced : new boolean[] { true, false }) {
            Upload.Answer answer = Upload.post("/uploads/large", TOKEN, 3 * MIB, announced);
            assertThat(answer.status()).as("announced: " + announced).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(Long.toString(3 * MIB));
            assertTooLarge(Upload.post("/uploads/large", TOKEN, 3 * MIB + 1, announced), "3 MiB this operation");
        }
    }

    @Test
    void aBodyFarBeyondTheLimitIsRefusedAndNotReadToItsEnd() throws Exception {
        long huge = 256 * MIB;
        for (String path : new String[] { "/uploads", "/uploads/large" }) {
            for (boolean announced : new boolean[] { true, false }) {
                Upload.Answer answer = Upload.post(path, TOKEN, huge, announced);
                assertTooLarge(answer, "MiB");
                assertThat(answer.bytesSent()).as(path + ", announced: " + announced).isLessThan(huge);
            }
        }
    }

    @Test
    void aLengthBeyondWhatAnyOperationReadsIsRefusedBeforeMatching() throws Exception {
        Upload.Answer answer = Upload.post("/no-such-upload", TOKEN, 17 * MIB, true);
        assertTooLarge(answer, "16 MiB this service reads on any operation");
    }

    private static void assertTooLarge(Upload.Answer answer, String detail) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.headers().get("Content-Type")).startsWith("application/problem+json");
        JsonPath problem = new JsonPath(answer.body());
        assertThat(problem.getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(problem.getString("detail")).contains(detail);
        assertThat(answer.closed()).as("connection closed after the answer").isTrue();
    }
}
