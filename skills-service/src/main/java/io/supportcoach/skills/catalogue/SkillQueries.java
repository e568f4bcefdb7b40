package io.supportcoach.skills.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the skill list. Without a search term, a page walks the code index from the cursor on.
 * With one, matches come from the full-text index or, for typos, the trigram index, ranked by text
 * rank plus word similarity; the rank is rounded so the keyset compares exact values.
 */
@ApplicationScoped
public class SkillQueries {

    static final String RANK = "round(cast(ts_rank(s.search_document, websearch_to_tsquery('english', :q))"
            + " + word_similarity(:q, s.search_text) as numeric), 6)";

    private final EntityManager entityManager;

    public SkillQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A row of a page: enough to load the skill and to write the cursor. */
    public record Row(UUID id, String code, BigDecimal rank) {
    }

    static final SortKey<Row, String> CODE = SortKey.text("code", Row::code);
    static final SortKey<Row, BigDecimal> RANKED = SortKey.decimal("rank", Row::rank);
    /** The catalogue in code order. */
    static final Keyset<Row> BY_CODE = Keyset.of("skills", CODE);
    /** Search results, best match first; the rounded rank keeps the comparison exact. */
    static final Keyset<Row> BY_RANK = Keyset.of("skill-search", RANKED, CODE);

    public List<Row> findPage(SkillFilter filter, KeysetWindow<Row> window) {
        Row after = window.isFirstPage() ? null
                : new Row(null, window.after(CODE), filter.isSearch() ? window.after(RANKED) : null);
        var sql = new StatementBuilder(filter, after, window.fetchSize());
        Query query = entityManager.createNativeQuery(sql.sql());
        sql.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Row((UUID) row[0], (String) row[1], (BigDecimal) row[2])).toList();
    }

    /** The SQL text and parameters of one page; visible to the query-plan test. */
    static final class StatementBuilder {

        private final StringBuilder where = new StringBuilder("where true");
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final String sql;

        /** {@code after} is the last row of the previous page, null for the first page. */
        StatementBuilder(SkillFilter filter, Row after, int fetch) {
            if (filter.category != null) {
                where.append(" and s.category_id = (select c.id from category c where c.code = :category)");
                parameters.put("category", filter.category);
            }
            if (filter.status != null) {
                where.append(" and s.status = :status");
                parameters.put("status", filter.status);
            }
            if (filter.kind != null) {
                where.append(" and s.kind = :kind");
                parameters.put("kind", filter.kind);
            }
            if (filter.tag != null) {
                where.append(" and s.tags @> array[cast(:tag as varchar)]");
                parameters.put("tag", filter.tag);
            }
            if (!filter.codes().isEmpty()) {
                where.append(" and s.code in (:codes)");
                parameters.put("codes", List.copyOf(filter.codes()));
            }
            parameters.put("fetch", fetch);
            if (filter.isSearch()) {
                parameters.put("q", filter.q.trim());
                where.append(" and (s.search_document @@ websearch_to_tsquery('english', :q) or :q <% s.search_text)");
                String keyset = "";
                if (after != null) {
                    keyset = " where ranked.rank < :afterRank or (ranked.rank = :afterRank and ranked.code > :afterCode)";
                    parameters.put("afterRank", after.rank());
                    parameters.put("afterCode", after.code());
                }
                sql = "select ranked.id, ranked.code, ranked.rank from (select s.id, s.code, " + RANK
                        + " as rank from skill s " + where + ") ranked" + keyset
                        + " order by ranked.rank desc, ranked.code limit :fetch";
            } else {
                if (after != null) {
                    where.append(" and s.code > :afterCode");
                    parameters.put("afterCode", after.code());
                }
                sql = "select s.id, s.code, cast(null as numeric) as rank from skill s " + where
                        + " order by s.code limit :fetch";
            }
        }

        String sql() {
            return sql;
        }

        Map<String, Object> parameters() {
            return parameters;
        }
    }
}
