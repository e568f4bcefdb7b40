package io.supportcoach.coaching.coach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
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

    static final SortKey<Coach, String> EMPLOYEE_ID = SortKey.text("employeeId", coach -> coach.employeeId);
    /** The list's order: by employee id, which is unique per coach. */
    static final Keyset<Coach> BY_EMPLOYEE_ID = Keyset.of("coaches", EMPLOYEE_ID);

    /** One page of coaches that pass the filter, from the window's position on. */
    public List<Coach> findPage(CoachFilter filter, KeysetWindow<Coach> window) {
        var statement = new Statement(filter, window.after(EMPLOYEE_ID), window.fetchSize());
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
