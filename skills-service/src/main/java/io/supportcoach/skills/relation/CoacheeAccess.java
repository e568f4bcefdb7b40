package io.supportcoach.skills.relation;

import java.util.HashMap;
import java.util.Map;

import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

/**
 * Whether the caller, as a coach, coaches a person now: a relation from coaching-service names the caller as coach
 * and the person as coachee, and has not expired. This is the only place that decides it; the people rules ask it
 * for reads and writes alike. One indexed query per person and request.
 */
@RequestScoped
public class CoacheeAccess {

    static final String COACHES_NOW = """
            select exists (select 1 from coaching_relation
                            where coach_id = ?1 and coachee_id = ?2
                              and (valid_until is null or valid_until > now()))""";

    private final Caller caller;
    private final EntityManager entityManager;
    private final Map<String, Boolean> answered = new HashMap<>();

    public CoacheeAccess(Caller caller, EntityManager entityManager) {
        this.caller = caller;
        this.entityManager = entityManager;
    }

    /** False for anyone without the coach role, whatever relations name them. */
    public boolean coaches(String employeeId) {
        if (!caller.hasRole(Roles.COACH) || caller.id().equals(employeeId)) {
            return false;
        }
        return answered.computeIfAbsent(employeeId, coachee -> (Boolean) entityManager.createNativeQuery(COACHES_NOW)
                .setParameter(1, caller.id()).setParameter(2, coachee).getSingleResult());
    }
}
