package io.supportcoach.http.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import org.junit.jupiter.api.Test;

class DistinctTest {

    record Target(String skill, int level) {
    }

    @Test
    void distinctValuesPass() {
        assertThatCode(() -> Distinct.require("skills", List.of("empathy", "patience"))).doesNotThrowAnyException();
    }

    @Test
    void eachRepeatIsA400AtItsOwnIndex() {
        var problem = catchThrowableOfType(ProblemException.class,
                () -> Distinct.require("skills", List.of("empathy", "patience", "empathy", "patience")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("skills[2]", "skills[3]");
        assertThat(problem.errors()).extracting(FieldError::code).containsOnly("DUPLICATE");
    }

    @Test
    void repeatsOfAKeyAreReportedAtTheKeysPath() {
        var problem = catchThrowableOfType(ProblemException.class, () -> Distinct.require("skills",
                List.of(new Target("empathy", 3), new Target("empathy", 4)), Target::skill, ".skill"));

        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("skills[1].skill");
    }
}
