package io.supportcoach.coaching.coach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the coach list: a page walks the employee id index from the cursor on; the skill filter
 * is written as {@code skills @> array[code]} because that is the form the GIN index on skills answers.
 */
@ApplicationScoped
public class CoachQueries {

    private final EntityManager entityManager;

    public CoachQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code fetch} coaches after the employee id {@code afterEmployeeId} (null for the first page). */
    public List<Coach> findPage(CoachFilter filter, String afterEmployeeId, int fetch) {
        var statement = new Statement(filter, afterEmployeeId, fetch);
        Query query = entityManager.createNativeQuery(statement.sql(), Coach.class);
        statement.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Coach> coaches = query.getResultList();
        return coaches;
    }

    /** The SQL text and parameters of one page; visible to the query-plan test. */
    static final class Statement {

        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final String sql;

        Statement(CoachFilter filter, String afterEmployeeId, int fetch) {
            var where = new StringBuilder("where true");
            if (filter.skill != null) {
                where.append(" and c.skills @> array[cast(:skill as varchar)]");
                parameters.put("skill", filter.skill);
            }
            if (afterEmployeeId != null) {
                where.append(" and c.employee_id > :afterEmployeeId");
                parameters.put("afterEmployeeId", afterEmployeeId);
            }
            parameters.put("fetch", fetch);
            sql = "select c.* from coach c " + where + " order by c.employee_id limit :fetch";
        }

        String sql() {
            return sql;
        }

        Map<String, Object> parameters() {
            return parameters;
        }
    }
}
