package io.supportcoach.coaching.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.supportcoach.coaching.session.CoachingSession;
import io.supportcoach.coaching.session.SessionResponse;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Sessions as iCalendar, one at a time for those who may read the session, and as a person's secret feed that
 * calendar apps read without a token. A feed's secret is 256 random bits; only its SHA-256 is stored, and making a
 * new one replaces the old, whose URL then finds nothing.
 */
@ApplicationScoped
public class CalendarService {

    public static final String MEDIA_TYPE = ICalendarWriter.MEDIA_TYPE;

    /** How far back and ahead a feed reaches, so a feed stays small however long someone has been coached. */
    static final Duration FEED_PAST = Duration.ofDays(90);
    static final Duration FEED_AHEAD = Duration.ofDays(365);
    /** Far more than anyone's sessions in 15 months; a bound all the same. */
    static final int FEED_MAX_EVENTS = 2000;

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final Caller caller;

    public CalendarService(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /** One session, already read with the JSON read's access rules, as a calendar of one event. */
    public String event(SessionResponse session) {
        String scenarioId = session.scenarioId();
        String title = scenarioId == null ? null : scenarioTitles(List.of(scenarioId)).get(scenarioId);
        return ICalendarWriter.write(List.of(SessionEvent.of(session, title)), null);
    }

    /**
     * Makes a person's feed, or replaces it: the person themself or HR; for anyone else the person is not found.
     * Returns the new secret, which is shown this once.
     */
    @Transactional
    public CalendarFeed rotateFeed(String employeeId) {
        if (!caller.hasRole(Roles.HR_ADMIN) && !employeeId.equals(caller.id())) {
            throw ProblemException.notFound("No person '" + employeeId + "' whose calendar feed you may make.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("insert into calendar_feed (employee_id, secret_sha256, created_at, created_by)"
                + " values (?1, ?2, ?3, ?4) on conflict (employee_id) do update set secret_sha256 = excluded.secret_sha256,"
                + " created_at = excluded.created_at, created_by = excluded.created_by")
                .setParameter(1, employeeId).setParameter(2, sha256(secret)).setParameter(3, now)
                .setParameter(4, caller.id()).executeUpdate();
        return new CalendarFeed(employeeId, secret, now);
    }

    /**
     * The sessions of the feed's person, as coach or coachee, from 90 days back to a year ahead, cancelled ones
     * included so calendar apps drop them. A secret that is malformed, unknown or rotated away finds nothing: 404.
     * A read of the same few statements however many sessions the feed holds.
     */
    public String feed(String secret) {
        String employeeId = SECRET.matcher(secret).matches() ? feedOwner(sha256(secret)) : null;
        if (employeeId == null) {
            throw ProblemException.notFound("No calendar feed has this address; it may have been replaced.");
        }
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<CoachingSession> sessions = entityManager.createNativeQuery("select s.* from coaching_session s"
                + " where (s.coach_employee_id = ?1 or s.coachee_ids @> array[cast(?1 as varchar)])"
                + " and s.starts_at >= ?2 and s.starts_at < ?3 order by s.starts_at, s.id limit ?4",
                CoachingSession.class)
                .setParameter(1, employeeId).setParameter(2, now.minus(FEED_PAST)).setParameter(3, now.plus(FEED_AHEAD))
                .setParameter(4, FEED_MAX_EVENTS).getResultList();
        Map<UUID, Integer> reschedules = reschedules(sessions.stream().map(session -> session.id).toList());
        Map<String, String> titles = scenarioTitles(sessions.stream().map(session -> session.scenarioId)
                .filter(Objects::nonNull).toList());
        var events = sessions.stream().map(session -> new SessionEvent(session.id, session.kind.name(),
                session.coachEmployeeId, List.copyOf(session.coacheeIds), session.start, session.end, session.timeZone,
                List.copyOf(session.skills), session.scenarioId == null ? null : titles.get(session.scenarioId),
                session.location, session.meetingLink, session.agenda, session.status.name(),
                reschedules.getOrDefault(session.id, 0), session.updatedAt)).toList();
        return ICalendarWriter.write(events, "Coaching sessions of " + employeeId);
    }

    private String feedOwner(byte[] hash) {
        @SuppressWarnings("unchecked")
        List<String> owners = entityManager.createNativeQuery("select employee_id from calendar_feed"
                + " where secret_sha256 = ?1").setParameter(1, hash).getResultList();
        return owners.isEmpty() ? null : owners.get(0);
    }

    /** How often each of the sessions was moved, from one statement; a session never moved is absent. */
    private Map<UUID, Integer> reschedules(List<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select session_id, count(*) from session_reschedule"
                + " where session_id = any(?1) group by session_id")
                .setParameter(1, sessionIds.toArray(UUID[]::new)).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).intValue()));
    }

    /**
     * The titles of the scenarios the sessions name, by the id as the session holds it, from one statement. An id
     * that is not a UUID, recorded before scenarios were checked, names none.
     */
    private Map<String, String> scenarioTitles(List<String> scenarioIds) {
        Map<UUID, List<String>> named = new HashMap<>();
        for (String scenarioId : scenarioIds) {
            try {
                named.computeIfAbsent(UUID.fromString(scenarioId), id -> new ArrayList<>()).add(scenarioId);
            } catch (IllegalArgumentException recordedBeforeScenariosWereChecked) {
                // Names no scenario.
            }
        }
        if (named.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, title from scenario where id = any(?1)")
                .setParameter(1, named.keySet().toArray(UUID[]::new)).getResultList();
        Map<String, String> titles = new HashMap<>();
        rows.forEach(row -> named.get((UUID) row[0]).forEach(scenarioId -> titles.put(scenarioId, (String) row[1])));
        return titles;
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
