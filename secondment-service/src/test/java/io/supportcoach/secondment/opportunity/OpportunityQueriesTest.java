package io.supportcoach.secondment.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * A small test table is cheapest to read whole, so each test switches off the scans it does not want for
 * its transaction: the plan that is left shows whether the predicate can use the index at all.
 */
@QuarkusTest
class OpportunityQueriesTest {

    @Inject
    EntityManager entityManager;

    @Test
    void skillFilterCanUseTheGinIndex() {
        var statement = new OpportunityQueries.Statement(new OpportunityFilter(null, null, "communication"),
                OpportunityQueries.DraftReaders.EVERY_TEAM, null, 51);

        String plan = explain(statement, "enable_seqscan", "enable_indexscan");

        assertThat(plan).contains("Bitmap Index Scan on opportunity_skills_idx");
    }

    @Test
    void nextPageIsOneRangeOfTheStartDateIndex() {
        var after = new OpportunityQueries.Position(LocalDate.of(2027, 3, 1), UUID.randomUUID());
        var statement = new OpportunityQueries.Statement(new OpportunityFilter(null, null, null),
                OpportunityQueries.DraftReaders.EVERY_TEAM, after, 51);

        String plan = explain(statement, "enable_seqscan", "enable_bitmapscan");

        assertThat(plan).contains("Index Scan using opportunity_starts_on_id_idx")
                .containsPattern("Index Cond: \\(ROW\\(o?\\.?starts_on, o?\\.?id\\) > ROW\\(");
    }

    private String explain(OpportunityQueries.Statement statement, String... disabledScans) {
        return QuarkusTransaction.requiringNew().call(() -> {
            for (String scan : disabledScans) {
                entityManager.createNativeQuery("set local " + scan + " = off").executeUpdate();
            }
            var explain = entityManager.createNativeQuery("explain " + statement.sql());
            statement.parameters().forEach(explain::setParameter);
            @SuppressWarnings("unchecked")
            List<String> lines = explain.getResultList();
            return String.join("\n", lines);
        });
    }
}
