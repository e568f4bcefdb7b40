package io.supportcoach.skills.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The SQL of a catalogue import, a fixed number of statements for any number of skills: the stored skills of a batch
 * read (and locked) at once, and each kind of write one statement for the whole batch, its rows passed as one JSON
 * document that PostgreSQL unpacks ({@code jsonb_to_recordset}).
 */
@ApplicationScoped
public class CatalogueStore {

    /** A skill as stored, in the shape of a request, so an import can tell whether a row changes it. */
    record StoredSkill(UUID id, SkillStatus status, UUID replacedById, String replacedBy, long version,
            SkillRequest content) {
    }

    /** What a replacement must be: an active skill. */
    record NamedSkill(UUID id, String code, SkillStatus status) {
    }

    /** A skill's new content, by the columns of its row. */
    record SkillRow(UUID id, String code, String name, String description, UUID category, String kind, String status,
            String reference, List<String> tags) {
    }

    record LevelRow(UUID skill, int level, String name, List<String> indicators) {
    }

    record RetirementRow(UUID id, UUID replacement) {
    }

    private static final String SKILL_COLUMNS = "id uuid, code text, name text, description text, category uuid,"
            + " kind text, status text, reference text, tags text[]";

    private final EntityManager entityManager;
    private final SkillQueries queries;
    private final ObjectMapper objectMapper;

    public CatalogueStore(EntityManager entityManager, SkillQueries queries, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.objectMapper = objectMapper;
    }

    /** Every category's id by its code; a catalogue has a handful. */
    Map<String, UUID> categoryIds() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select c.code, c.id from category c").getResultList();
        Map<String, UUID> ids = new HashMap<>();
        rows.forEach(row -> ids.put((String) row[0], (UUID) row[1]));
        return ids;
    }

    /**
     * The skills with these codes or ids, with their levels, locked until the import ends, so nothing changes them
     * between the comparison and the write; locked in code order, so two imports of overlapping files wait for each
     * other instead of deadlocking.
     */
    List<StoredSkill> lockSkills(Collection<String> codes, Collection<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select s.id, s.code, s.name, s.description, c.code as category, s.kind, s.status, s.replaced_by_id,
                       r.code as replaced_by, s.external_reference, s.tags, s.version
                  from skill s
                  join category c on c.id = s.category_id
                  left join skill r on r.id = s.replaced_by_id
                 where s.code = any(:codes) or s.id = any(:ids)
                 order by s.code
                   for update of s""")
                .setParameter("codes", codes.toArray(String[]::new))
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        Map<UUID, List<LevelBody>> levels = queries.findLevels(rows.stream().map(row -> (UUID) row[0]).toList());
        return rows.stream().map(row -> new StoredSkill((UUID) row[0], SkillStatus.valueOf((String) row[6]),
                (UUID) row[7], (String) row[8], ((Number) row[11]).longValue(),
                new SkillRequest((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                        SkillKind.valueOf((String) row[5]), SkillStatus.valueOf((String) row[6]), (String) row[9],
                        SkillQueries.texts(row[10]), levels.getOrDefault((UUID) row[0], List.of())))).toList();
    }

    /** The skills with these codes or ids, kept from changing until the import ends. */
    List<NamedSkill> findSkills(Collection<String> codes, Collection<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select s.id, s.code, s.status from skill s where s.code = any(:codes) or s.id = any(:ids) for share")
                .setParameter("codes", codes.toArray(String[]::new))
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        return rows.stream().map(row -> new NamedSkill((UUID) row[0], (String) row[1],
                SkillStatus.valueOf((String) row[2]))).toList();
    }

    void insertSkills(List<SkillRow> skills, String by, Instant at) {
        if (!skills.isEmpty()) {
            write("""
                    insert into skill (id, code, name, description, category_id, kind, status, external_reference, tags,
                                       created_at, created_by, updated_at, updated_by)
                    select r.id, r.code, r.name, r.description, r.category, r.kind, r.status, r.reference, r.tags,
                           :at, :by, :at, :by
                      from jsonb_to_recordset(cast(:rows as jsonb)) as r(%s)""".formatted(SKILL_COLUMNS),
                    skills, by, at);
        }
    }

    /** The version moves by one, as an update through the API moves it. */
    void updateSkills(List<SkillRow> skills, String by, Instant at) {
        if (!skills.isEmpty()) {
            write("""
                    update skill s
                       set name = r.name, description = r.description, category_id = r.category, kind = r.kind,
                           status = r.status, external_reference = r.reference, tags = r.tags,
                           version = s.version + 1, updated_at = :at, updated_by = :by
                      from jsonb_to_recordset(cast(:rows as jsonb)) as r(%s)
                     where s.id = r.id""".formatted(SKILL_COLUMNS), skills, by, at);
        }
    }

    /** Every skill has its levels 1 to 5, so a new one's are inserted and a changed one's overwritten. */
    void writeLevels(List<LevelRow> levels) {
        if (!levels.isEmpty()) {
            entityManager.createNativeQuery("""
                    insert into skill_level (skill_id, level, name, indicators)
                    select l.skill, l.level, l.name, l.indicators
                      from jsonb_to_recordset(cast(:rows as jsonb))
                           as l(skill uuid, level smallint, name text, indicators text[])
                        on conflict (skill_id, level)
                        do update set name = excluded.name, indicators = excluded.indicators""")
                    .setParameter("rows", json(levels)).executeUpdate();
        }
    }

    void retireSkills(List<RetirementRow> retirements, String by, Instant at) {
        if (!retirements.isEmpty()) {
            write("""
                    update skill s
                       set status = 'RETIRED', replaced_by_id = r.replacement, version = s.version + 1,
                           updated_at = :at, updated_by = :by
                      from jsonb_to_recordset(cast(:rows as jsonb)) as r(id uuid, replacement uuid)
                     where s.id = r.id""", retirements, by, at);
        }
    }

    private void write(String sql, List<?> rows, String by, Instant at) {
        entityManager.createNativeQuery(sql).unwrap(NativeQuery.class)
                .setParameter("rows", json(rows))
                .setParameter("by", by)
                .setParameter("at", at, StandardBasicTypes.INSTANT)
                .executeUpdate();
    }

    private String json(List<?> rows) {
        try {
            return objectMapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the rows of an import as JSON", e);
        }
    }
}
