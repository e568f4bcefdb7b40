package io.supportcoach.skills.catalogue;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.validation.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the skill reads. Without a search term, a page walks the code index from the cursor on.
 * With one, matches come from the full-text index or, for typos, the trigram index, ranked by text
 * rank plus word similarity; the rank is rounded so the keyset compares exact values. A page's statement
 * also reads what its skills answer with (their category's and replacement's codes by their primary keys),
 * and one more reads the levels of the whole page; a single skill is one statement with its levels.
 */
@ApplicationScoped
public class SkillQueries {

    /** A skill's columns as clients read them but its id and code, with its category's and replacement's codes. */
    private static final String COLUMNS = "s.name, s.description, cat.code as category, s.kind, s.status,"
            + " rb.code as replaced_by, s.external_reference, s.tags, s.version, s.created_at, s.created_by,"
            + " s.updated_at, s.updated_by";
    private static final String JOINS = " join category cat on cat.id = s.category_id"
            + " left join skill rb on rb.id = s.replaced_by_id";
    /** Where {@link #COLUMNS} start in a row, after id, code and rank. */
    private static final int FIRST_COLUMN = 3;
    /** Where the level starts in a row of a single skill, after its columns. */
    private static final int LEVEL_COLUMN = FIRST_COLUMN + 13;

    static final String RANK = "round(cast(ts_rank(s.search_document, websearch_to_tsquery('english', :q))"
            + " + word_similarity(:q, s.search_text) as numeric), 6)";

    private final EntityManager entityManager;

    public SkillQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A row of a page: the skill, still without its levels, and what the cursor needs. */
    public record Row(UUID id, String code, BigDecimal rank, SkillResponse skill) {

        /** A row as a cursor remembers it: the last row of the previous page. */
        Row(UUID id, String code, BigDecimal rank) {
            this(id, code, rank, null);
        }
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
        return rows.stream().map(row -> new Row((UUID) row[0], (String) row[1], (BigDecimal) row[2],
                skill(row, List.of()))).toList();
    }

    /** The levels of some skills, lowest first, by skill id. */
    public Map<UUID, List<LevelBody>> findLevels(List<UUID> skillIds) {
        if (skillIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select l.skill_id, l.level, l.name, l.indicators"
                + " from skill_level l where l.skill_id = any(:ids) order by l.skill_id, l.level")
                .setParameter("ids", skillIds.toArray(UUID[]::new)).getResultList();
        Map<UUID, List<LevelBody>> levels = new HashMap<>();
        rows.forEach(row -> levels.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(level(row, 1)));
        return levels;
    }

    /** A skill by id or code, with its levels, in one statement. */
    public Optional<SkillResponse> findSkill(String idOrCode) {
        Optional<UUID> id = Ids.parseUuid(idOrCode);
        String where = id.isPresent() ? " where s.id = :key" : " where s.code = :key";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select s.id, s.code, cast(null as numeric) as rank, "
                + COLUMNS + ", l.level, l.name as level_name, l.indicators from skill s" + JOINS
                + " left join skill_level l on l.skill_id = s.id" + where + " order by l.level")
                .setParameter("key", id.isPresent() ? id.get() : idOrCode).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<LevelBody> levels = rows.stream().filter(row -> row[LEVEL_COLUMN] != null)
                .map(row -> level(row, LEVEL_COLUMN)).toList();
        return Optional.of(skill(rows.get(0), levels));
    }

    private static SkillResponse skill(Object[] row, List<LevelBody> levels) {
        int at = FIRST_COLUMN;
        return new SkillResponse((UUID) row[0], (String) row[1], (String) row[at], (String) row[at + 1],
                (String) row[at + 2], SkillKind.valueOf((String) row[at + 3]),
                SkillStatus.valueOf((String) row[at + 4]), (String) row[at + 5], (String) row[at + 6],
                texts(row[at + 7]), levels, ((Number) row[at + 8]).longValue(), (Instant) row[at + 9],
                (String) row[at + 10], (Instant) row[at + 11], (String) row[at + 12]);
    }

    private static LevelBody level(Object[] row, int at) {
        return new LevelBody(((Number) row[at]).intValue(), (String) row[at + 1], texts(row[at + 2]));
    }

    /** A text array column, which the driver may hand over as a JDBC array. */
    static List<String> texts(Object column) {
        try {
            return List.of(column instanceof Array array ? (String[]) array.getArray() : (String[]) column);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a text array", e);
        }
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
                sql = withColumns("select ranked.id, ranked.code, ranked.rank from (select s.id, s.code, " + RANK
                        + " as rank from skill s " + where + ") ranked" + keyset
                        + " order by ranked.rank desc, ranked.code limit :fetch", "page.rank desc, page.code");
            } else {
                if (after != null) {
                    where.append(" and s.code > :afterCode");
                    parameters.put("afterCode", after.code());
                }
                sql = withColumns("select s.id, s.code, cast(null as numeric) as rank from skill s " + where
                        + " order by s.code limit :fetch", "page.code");
            }
        }

        /** The page's rows found first, and only then joined with what they answer with. */
        private static String withColumns(String page, String order) {
            return "select page.id, page.code, page.rank, " + COLUMNS + " from (" + page + ") page"
                    + " join skill s on s.id = page.id" + JOINS + " order by " + order;
        }

        String sql() {
            return sql;
        }

        Map<String, Object> parameters() {
            return parameters;
        }
    }
}
