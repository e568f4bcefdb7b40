package io.supportcoach.secondment.opportunity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetWindow;
import io.supportcoach.http.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL of the opportunity list. The keyset is the row value {@code (starts_on, id)}, compared as a
 * row so the (starts_on, id) index answers it as one range; the skill filter has the
 * {@code skills @> array[code]} form that the GIN index on skills answers.
 */
@ApplicationScoped
public class OpportunityQueries {

    private final EntityManager entityManager;

    public OpportunityQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Where the previous page ended. */
    record Position(LocalDate startsOn, UUID id) {
    }

    /** Whose DRAFTs the caller sees: every team's (HR), or only those of the teams they manage. */
    record DraftReaders(boolean everyTeam, Set<String> teams) {

        static final DraftReaders EVERY_TEAM = new DraftReaders(true, Set.of());
    }

    static final SortKey<Opportunity, LocalDate> STARTS_ON = SortKey.date("startsOn", opportunity -> opportunity.startsOn);
    static final SortKey<Opportunity, UUID> ID = SortKey.uuid("id", opportunity -> opportunity.id);
    /** The list's order: by start date, then id. */
    static final Keyset<Opportunity> BY_START = Keyset.of("opportunities", STARTS_ON, ID);

    /** One page of opportunities that pass the filter, from the window's position on. */
    public List<Opportunity> findPage(OpportunityFilter filter, DraftReaders drafts, KeysetWindow<Opportunity> window) {
        Position after = window.isFirstPage() ? null : new Position(window.after(STARTS_ON), window.after(ID));
        var statement = new Statement(filter, drafts, after, window.fetchSize());
        Query query = entityManager.createNativeQuery(statement.sql(), Opportunity.class);
        statement.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Opportunity> opportunities = query.getResultList();
        return opportunities;
    }

    /** The SQL text and parameters of one page; visible to the query-plan test. */
    static final class Statement {

        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final String sql;

        Statement(OpportunityFilter filter, DraftReaders drafts, Position after, int fetch) {
            var where = new StringBuilder("where true");
            if (!drafts.everyTeam()) {
                where.append(drafts.teams().isEmpty() ? " and o.status <> 'DRAFT'"
                        : " and (o.status <> 'DRAFT' or o.host_team_id in (:draftTeams))");
                if (!drafts.teams().isEmpty()) {
                    parameters.put("draftTeams", List.copyOf(drafts.teams()));
                }
            }
            if (filter.hostTeam != null) {
                where.append(" and o.host_team_id = :hostTeam");
                parameters.put("hostTeam", filter.hostTeam);
            }
            if (filter.kind != null) {
                where.append(" and o.kind = :kind");
                parameters.put("kind", filter.kind);
            }
            if (filter.skill != null) {
                where.append(" and o.skills @> array[cast(:skill as varchar)]");
                parameters.put("skill", filter.skill);
            }
            if (after != null) {
                where.append(" and (o.starts_on, o.id) > (cast(:afterStartsOn as date), cast(:afterId as uuid))");
                parameters.put("afterStartsOn", after.startsOn());
                parameters.put("afterId", after.id());
            }
            parameters.put("fetch", fetch);
            sql = "select o.* from opportunity o " + where + " order by o.starts_on, o.id limit :fetch";
        }

        String sql() {
            return sql;
        }

        Map<String, Object> parameters() {
            return parameters;
        }
    }
}
