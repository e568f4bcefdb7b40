package io.supportcoach.http.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportcoach.persistence.outbox.DeliveryResult;
import io.supportcoach.persistence.outbox.DeliveryResult.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A refusal no retry can change parks the message at once; anything that may pass later is retried. */
class DeliveryResultTest {

    @ParameterizedTest
    @CsvSource({ "200, DELIVERED", "201, DELIVERED", "204, DELIVERED", "400, PERMANENT_FAILURE",
            "403, PERMANENT_FAILURE", "404, PERMANENT_FAILURE", "410, PERMANENT_FAILURE", "422, PERMANENT_FAILURE",
            "401, RETRY", "408, RETRY", "409, RETRY", "429, RETRY", "500, RETRY", "502, RETRY", "503, RETRY",
            "504, RETRY" })
    void eachStatusMeansWhatItSays(int status, Outcome expected) {
        DeliveryResult result = DeliveryResult.ofHttpStatus(status, "UNKNOWN_SKILL");

        assertThat(result.outcome()).isEqualTo(expected);
        if (expected != Outcome.DELIVERED) {
            assertThat(result.error()).isEqualTo("HTTP " + status + ": UNKNOWN_SKILL");
        }
    }
}
