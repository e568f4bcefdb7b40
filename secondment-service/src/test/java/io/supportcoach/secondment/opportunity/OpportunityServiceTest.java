package io.supportcoach.secondment.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import io.supportcoach.http.problem.ProblemException;
import org.junit.jupiter.api.Test;

class OpportunityServiceTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    @Test
    void oneDayPeriodIsOrdered() {
        assertThatCode(() -> OpportunityService.requireOrderedPeriod(MARCH_1, MARCH_1)).doesNotThrowAnyException();
    }

    @Test
    void endBeforeStartIsAFieldErrorOnEndsOn() {
        var problem = catchThrowableOfType(ProblemException.class,
                () -> OpportunityService.requireOrderedPeriod(MARCH_1, MARCH_1.minusDays(1)));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("endsOn");
            assertThat(error.code()).isEqualTo("BEFORE_START");
        });
    }
}
