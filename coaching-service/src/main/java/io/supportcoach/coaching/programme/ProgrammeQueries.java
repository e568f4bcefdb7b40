package io.supportcoach.coaching.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** The SQL of the programme list: a page walks the (start date, id) index from the cursor on. */
@ApplicationScoped
public class ProgrammeQueries {

    static final SortKey<Programme, LocalDate> STARTS_ON = SortKey.date("startsOn", programme -> programme.startsOn);
    static final SortKey<Programme, UUID> ID = SortKey.uuid("id", programme -> programme.id);
    /** The list's order: by first day, then id, which makes it total. */
    static final Keyset<Programme> BY_START = Keyset.of("programmes", STARTS_ON, ID);

    private final EntityManager entityManager;

    public ProgrammeQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Programme> findPage(ProgrammeFilter filter, KeysetWindow<Programme> window) {
        var where = new StringBuilder("where true");
        var parameters = new LinkedHashMap<String, Object>();
        if (filter.coach != null) {
            // The form the GIN index on coach_ids answers.
            where.append(" and p.coach_ids @> array[cast(:coach as uuid)]");
            parameters.put("coach", filter.coachId());
        }
        LocalDate afterStart = window.after(STARTS_ON);
        if (afterStart != null) {
            where.append(" and (p.starts_on, p.id) > (:afterStart, :afterId)");
            parameters.put("afterStart", afterStart);
            parameters.put("afterId", window.after(ID));
        }
        parameters.put("fetch", window.fetchSize());
        Query query = entityManager.createNativeQuery(
                "select p.* from programme p " + where + " order by p.starts_on, p.id limit :fetch", Programme.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Programme> programmes = query.getResultList();
        return programmes;
    }
}
