package io.supportcoach.skills.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * With 100 000 skills, a list page and a search must read through an index, never a scan of the table.
 * The rows live in a transaction that is rolled back, so other tests never see them.
 */
@QuarkusTest
class SkillQueryPlanTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void listPagesAndSearchesStayIndexBackedAtOneHundredThousandSkills() {
        List<String> scans = new ArrayList<>();
        List<String> plansChecked = new ArrayList<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            generateSkills(100_000);
            scans.addAll(tableScans(new SkillFilter(), null));
            scans.addAll(tableScans(new SkillFilter(), new SkillQueries.Row(null, "generated-050000", null)));
            scans.addAll(tableScans(new SkillFilter("communication", null, null, null, null), new SkillQueries.Row(null, "generated-050000", null)));
            scans.addAll(tableScans(new SkillFilter(null, SkillStatus.DRAFT, null, null, null), null));
            scans.addAll(tableScans(new SkillFilter(null, null, null, "tag-7", null), null));
            scans.addAll(tableScans(new SkillFilter(null, null, null, null, "listening"), null));
            scans.addAll(tableScans(new SkillFilter(null, null, null, null, "listnening"), null));
            scans.addAll(tableScans(new SkillFilter().withCodes(List.of("generated-000007", "generated-050000")), null));
            plansChecked.add("all");
            QuarkusTransaction.setRollbackOnly();
        })).hasMessageContaining("RollbackException");
        assertThat(plansChecked).as("every plan was explained before the rollback").containsExactly("all");
        assertThat(scans).as("sequential scans of the skill table").isEmpty();
    }

    private void generateSkills(int count) {
        // The search columns are written directly: firing the triggers 100 000 times would only slow the test.
        entityManager.createNativeQuery("alter table skill disable trigger skill_text_search").executeUpdate();
        entityManager.createNativeQuery("""
                insert into skill (id, code, name, description, category_id, kind, status, tags, search_text, search_document,
                                   created_by, updated_by)
                select gen_random_uuid(), 'generated-' || lpad(n::text, 6, '0'), 'Generated skill ' || n,
                       'Routine number ' || n || ' for ' || (array['printers','networks','accounts','laptops'])[n % 4 + 1],
                       (select id from category order by position offset (n % 5) limit 1),
                       case when n % 3 = 0 then 'TECHNICAL' else 'SOFT' end,
                       case when n % 10 = 0 then 'DRAFT' else 'ACTIVE' end,
                       array['tag-' || (n % 1000)],
                       'Generated skill ' || n || ' routine for ' || (array['printers','networks','accounts','laptops'])[n % 4 + 1],
                       to_tsvector('english', 'Generated skill ' || n || ' routine for '
                                   || (array['printers','networks','accounts','laptops'])[n % 4 + 1]),
                       'plan-test', 'plan-test'
                  from generate_series(1, ?1) n""").setParameter(1, count).executeUpdate();
        entityManager.createNativeQuery("analyze skill").executeUpdate();
    }

    private List<String> tableScans(SkillFilter filter, SkillQueries.Row after) {
        var statement = new SkillQueries.StatementBuilder(filter, after, 51);
        var query = entityManager.createNativeQuery("explain (format json) " + statement.sql());
        statement.parameters().forEach(query::setParameter);
        try {
            JsonNode plan = objectMapper.readTree(query.getSingleResult().toString());
            List<String> scans = new ArrayList<>();
            collectSkillScans(plan, scans, statement.sql());
            return scans;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectSkillScans(JsonNode node, List<String> scans, String sql) {
        if (node.isObject() && "Seq Scan".equals(node.path("Node Type").asText())
                && "skill".equals(node.path("Relation Name").asText())) {
            scans.add(sql);
        }
        node.forEach(child -> collectSkillScans(child, scans, sql));
    }
}
