package io.supportcoach.coaching.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import io.supportcoach.http.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CoachServiceTest {

    @Test
    void distinctSkillsPass() {
        assertThatCode(() -> CoachService.requireDistinctSkills(List.of("empathy", "patience")))
                .doesNotThrowAnyException();
    }

    @Test
    void repeatedSkillIsReportedAtItsSecondPosition() {
        var problem = catchThrowableOfType(ProblemException.class,
                () -> CoachService.requireDistinctSkills(List.of("empathy", "patience", "empathy")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("skills[2]");
            assertThat(error.code()).isEqualTo("DUPLICATE");
        });
    }
}
