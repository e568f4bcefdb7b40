package io.supportcoach.coaching.scenario;

import java.util.LinkedHashMap;
import java.util.List;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the scenario list: a page walks the unique title index from the cursor on; the skill filter is written
 * as {@code skills @> array[code]} because that is the form the GIN index on skills answers.
 */
@ApplicationScoped
public class ScenarioQueries {

    static final SortKey<Scenario, String> TITLE = SortKey.text("title", scenario -> scenario.title);
    /** The list's order: by title, which is unique. */
    static final Keyset<Scenario> BY_TITLE = Keyset.of("scenarios", TITLE);

    private final EntityManager entityManager;

    public ScenarioQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Scenario> findPage(ScenarioFilter filter, KeysetWindow<Scenario> window) {
        var where = new StringBuilder("where true");
        var parameters = new LinkedHashMap<String, Object>();
        if (filter.skill != null) {
            where.append(" and s.skills @> array[cast(:skill as varchar)]");
            parameters.put("skill", filter.skill);
        }
        if (filter.difficulty != null) {
            where.append(" and s.difficulty = :difficulty");
            parameters.put("difficulty", filter.difficulty);
        }
        String afterTitle = window.after(TITLE);
        if (afterTitle != null) {
            where.append(" and s.title > :afterTitle");
            parameters.put("afterTitle", afterTitle);
        }
        parameters.put("fetch", window.fetchSize());
        Query query = entityManager.createNativeQuery(
                "select s.* from scenario s " + where + " order by s.title limit :fetch", Scenario.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Scenario> scenarios = query.getResultList();
        return scenarios;
    }
}
