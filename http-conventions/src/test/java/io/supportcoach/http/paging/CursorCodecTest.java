package io.supportcoach.http.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.supportcoach.http.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private final CursorCodec codec = new CursorCodec(new ObjectMapper(), () -> "secret-one");

    @Test
    void roundTripsAPosition() {
        String cursor = codec.encode("skills", Map.of("code", "empathy"));
        assertThat(codec.decode("skills", cursor)).containsEntry("code", "empathy");
    }

    @Test
    void cursorOfAnotherScopeIsRefused() {
        String cursor = codec.encode("skills?status=ACTIVE", Map.of("code", "empathy"));
        assertThatThrownBy(() -> codec.decode("skills?status=DRAFT", cursor))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.code()).isEqualTo("INVALID_CURSOR"));
    }

    @Test
    void cursorSignedWithAnotherSecretIsRefused() {
        String cursor = new CursorCodec(new ObjectMapper(), () -> "secret-two").encode("skills", Map.of("code", "a"));
        assertThatThrownBy(() -> codec.decode("skills", cursor)).isInstanceOf(ProblemException.class);
    }
}
