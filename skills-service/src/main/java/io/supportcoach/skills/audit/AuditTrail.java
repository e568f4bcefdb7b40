package io.supportcoach.skills.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.http.paging.CursorCodec;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes decisions into the audit trail, in the transaction of the decision itself, and reads them back. */
@ApplicationScoped
public class AuditTrail {

    private final CursorCodec cursors;

    public AuditTrail(CursorCodec cursors) {
        this.cursors = cursors;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDecision(String actor, String action, String subjectType, String subjectId, String detail) {
        var event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.actor = actor;
        event.action = action;
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
        event.persist();
    }

    /** Newest first. */
    @Transactional
    public Page<AuditEventResponse> listEvents(String subjectType, String subjectId, PageRequest page) {
        String scope = "audit\u0000" + subjectType + "\u0000" + subjectId;
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
        if (page.cursor() != null) {
            Map<String, String> after = cursors.decode(scope, page.cursor());
            try {
                parameters.put("afterAt", Instant.parse(after.get("at")));
                parameters.put("afterId", UUID.fromString(after.get("id")));
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("INVALID_CURSOR", "The cursor is not one this list handed out.");
            }
            where.append(" and (occurredAt < :afterAt or (occurredAt = :afterAt and id < :afterId))");
        }
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(where + " order by occurredAt desc, id desc", parameters)
                .page(0, page.limit() + 1).list();
        return Page.of(rows, page.limit(), AuditEventResponse::from,
                last -> cursors.encode(scope, Map.of("at", last.occurredAt.toString(), "id", last.id.toString())));
    }
}
