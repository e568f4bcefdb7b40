package io.supportcoach.skills.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Writes decisions into the audit trail, in the transaction of the decision itself, and reads them back. */
@ApplicationScoped
public class AuditTrail {

    private static final SortKey<AuditEvent, Instant> OCCURRED_AT = SortKey.instant("at", event -> event.occurredAt);
    private static final SortKey<AuditEvent, UUID> ID = SortKey.uuid("id", event -> event.id);
    private static final Keyset<AuditEvent> NEWEST_FIRST = Keyset.of("audit", OCCURRED_AT, ID);

    private final KeysetPager pager;
    private final EntityManager entityManager;

    public AuditTrail(KeysetPager pager, EntityManager entityManager) {
        this.pager = pager;
        this.entityManager = entityManager;
    }

    /** One decision about one subject. */
    public record Decision(String subjectId, String detail) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDecision(String actor, String action, String subjectType, String subjectId, String detail) {
        var event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.actor = actor;
        event.action = action;
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.detail = truncated(detail);
        event.persist();
    }

    /** Decisions of one kind by one actor, an event each, in one statement however many there are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDecisions(String actor, String action, String subjectType, List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                insert into audit_event (id, actor, action, subject_type, subject_id, detail)
                select gen_random_uuid(), :actor, :action, :subjectType, d.subject_id, d.detail
                  from unnest(cast(:subjectIds as text[]), cast(:details as text[])) as d(subject_id, detail)""")
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectIds", decisions.stream().map(Decision::subjectId).toArray(String[]::new))
                .setParameter("details", decisions.stream().map(decision -> truncated(decision.detail()))
                        .toArray(String[]::new))
                .executeUpdate();
    }

    private static String truncated(String detail) {
        return detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
    }

    /** Newest first. */
    public Page<AuditEventResponse> listEvents(String subjectType, String subjectId, PageRequest page) {
        var window = pager.open(NEWEST_FIRST, page, subjectType, subjectId);
        var where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (subjectType != null) {
            where.append(" and subjectType = :subjectType");
            parameters.put("subjectType", subjectType);
        }
        if (subjectId != null) {
            where.append(" and subjectId = :subjectId");
            parameters.put("subjectId", subjectId);
        }
        if (!window.isFirstPage()) {
            parameters.put("afterAt", window.after(OCCURRED_AT));
            parameters.put("afterId", window.after(ID));
            where.append(" and (occurredAt < :afterAt or (occurredAt = :afterAt and id < :afterId))");
        }
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(where + " order by occurredAt desc, id desc", parameters)
                .page(0, window.fetchSize()).list();
        return window.page(rows, AuditEventResponse::from);
    }
}
