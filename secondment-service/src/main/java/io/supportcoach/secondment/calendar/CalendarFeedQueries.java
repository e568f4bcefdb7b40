package io.supportcoach.secondment.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The SQL of team calendar feeds: one row per team, found by the hash of its secret. */
@ApplicationScoped
public class CalendarFeedQueries {

    private final EntityManager entityManager;

    public CalendarFeedQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Makes the team's feed, or gives it a new secret: one statement, so two rotations at once leave exactly one
     * secret, the later one, and each caller's answer names the secret it wrote. Answers when that happened.
     */
    Instant saveSecretHash(String teamId, String secretHash, String who) {
        Object at = entityManager.createNativeQuery("""
                insert into team_calendar_feed (team_id, secret_hash, created_by, updated_by)
                values (?1, ?2, ?3, ?3)
                on conflict (team_id) do update set secret_hash = excluded.secret_hash,
                       version = team_calendar_feed.version + 1, updated_at = now(), updated_by = excluded.updated_by
                returning updated_at""")
                .setParameter(1, teamId).setParameter(2, secretHash).setParameter(3, who).getSingleResult();
        return at instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) at;
    }

    /** The team whose feed has this secret hash, if any. */
    Optional<String> findTeamBySecretHash(String secretHash) {
        List<?> teams = entityManager.createNativeQuery("select team_id from team_calendar_feed where secret_hash = ?1")
                .setParameter(1, secretHash).getResultList();
        return teams.stream().map(String.class::cast).findFirst();
    }
}
