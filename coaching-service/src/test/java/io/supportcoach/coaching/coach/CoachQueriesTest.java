package io.supportcoach.coaching.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachQueriesTest {

    @Inject
    EntityManager entityManager;

    /**
     * A small test table is cheapest to read whole, so sequential and plain index scans are switched off
     * for the transaction: what is left is a bitmap scan, which only a GIN-indexable predicate can use.
     */
    @Test
    void skillFilterCanUseTheGinIndex() {
        var statement = new CoachQueries.Statement(new CoachFilter("active-listening"), null, 51);

        String plan = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            entityManager.createNativeQuery("set local enable_indexscan = off").executeUpdate();
            var explain = entityManager.createNativeQuery("explain " + statement.sql());
            statement.parameters().forEach(explain::setParameter);
            @SuppressWarnings("unchecked")
            List<String> lines = explain.getResultList();
            return String.join("\n", lines);
        });

        assertThat(plan).contains("Bitmap Index Scan on coach_skills_idx");
    }
}
