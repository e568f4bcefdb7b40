package io.supportcoach.skills.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * With one million pieces of evidence, 200 per person, reading one person's profile (or a team's) must
 * go through the (employee, skill) index and never scan the table. The rows are rolled back afterwards.
 */
@QuarkusTest
class ProfileQueryPlanTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void profileReadsStayIndexBackedAtOneMillionPiecesOfEvidence() {
        List<String> plans = new ArrayList<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().timeout(300).run(() -> {
            entityManager.createNativeQuery("""
                    insert into person (employee_id, display_name, email, team_id, status, created_by, updated_by)
                    select 'plan-' || n, 'Plan ' || n, 'plan' || n || '@example.org', 'plan-team-' || (n % 250), 'ACTIVE',
                           'plan-test', 'plan-test'
                      from generate_series(1, 5000) n""").executeUpdate();
            entityManager.createNativeQuery("""
                    insert into evidence (id, employee_id, skill_id, level, source, asserted_by, observed_at)
                    select gen_random_uuid(), 'plan-' || (n % 5000 + 1), s.ids[n % array_length(s.ids, 1) + 1],
                           n % 5 + 1, 'COACH', 'plan-test', now() - (n % 700) * interval '1 day'
                      from generate_series(1, 1000000) n, (select array_agg(id) ids from skill) s""").executeUpdate();
            entityManager.createNativeQuery("analyze person").executeUpdate();
            entityManager.createNativeQuery("analyze evidence").executeUpdate();
            plans.add(explain(ProfileService.EVIDENCE_OF_PEOPLE, List.of("plan-42"), null));
            plans.add(explain(ProfileService.EVIDENCE_OF_PEOPLE_IN_SKILLS, teamOf200(),
                    entityManager.createNativeQuery("select id from skill order by code limit 40").getResultList()));
            QuarkusTransaction.setRollbackOnly();
        })).hasMessageContaining("RollbackException");
        assertThat(plans).hasSize(2).allSatisfy(plan -> assertThat(plan).as("plan").doesNotContain("SEQ_SCAN_OF_EVIDENCE"));
    }

    private static List<String> teamOf200() {
        List<String> team = new ArrayList<>();
        for (int n = 1; n <= 200; n++) {
            team.add("plan-" + (n * 25));
        }
        return team;
    }

    private String explain(String sql, List<String> people, List<?> skills) {
        var query = entityManager.createNativeQuery("explain (format json) " + sql)
                .setParameter("people", people)
                .setParameter("since", Instant.now().minus(730, ChronoUnit.DAYS));
        if (skills != null) {
            query.setParameter("skills", skills);
        }
        try {
            JsonNode plan = objectMapper.readTree(query.getSingleResult().toString());
            StringBuilder summary = new StringBuilder();
            describe(plan, summary);
            return summary.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flattens the plan into "node on relation" lines, marking a sequential scan of the evidence table. */
    private static void describe(JsonNode node, StringBuilder summary) {
        if (node.isObject() && node.has("Node Type")) {
            String type = node.path("Node Type").asText();
            String relation = node.path("Relation Name").asText();
            summary.append(type).append(" on ").append(relation).append(" using ").append(node.path("Index Name").asText())
                    .append('\n');
            if ("Seq Scan".equals(type) && "evidence".equals(relation)) {
                summary.append("SEQ_SCAN_OF_EVIDENCE\n");
            }
        }
        node.forEach(child -> describe(child, summary));
    }
}
