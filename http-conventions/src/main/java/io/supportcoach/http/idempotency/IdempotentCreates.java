package io.supportcoach.http.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.supportcoach.http.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Exactly-once creation with client-chosen {@code Idempotency-Key}s. The key, the write and the response
 * share one transaction, begun here when the caller has none, so either both the resource and its
 * replayable answer exist, or neither does; a create that fails leaves the key free for a retry. A transaction-scoped advisory lock tells a repeat that arrives while the first
 * request still runs (409) apart from one that arrives after it (replay).
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 255;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final CurrentVertxRequest currentRequest;

    public IdempotentCreates(EntityManager entityManager, ObjectMapper objectMapper, CurrentVertxRequest currentRequest) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.currentRequest = currentRequest;
    }

    /**
     * Runs {@code create} once per caller and key, in one transaction with the key. Without a key it simply
     * runs. For an operation whose role check is all its access rule (HR creating a skill, say).
     */
    @Transactional
    public Response create(String key, String caller, Object request, Supplier<Response> create) {
        return create(key, caller, request, () -> { }, create);
    }

    /**
     * Like {@link #create(String, String, Object, Supplier)}, for an operation whose access depends on what it
     * names (a person, a team): {@code stillAllowed} runs before a replay and throws when the caller may no
     * longer act there, so a stored answer never reaches someone who has lost the right to see it.
     */
    @Transactional
    public Response create(String key, String caller, Object request, Runnable stillAllowed, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest("INVALID_IDEMPOTENCY_KEY",
                    "An Idempotency-Key must have 1 to 255 characters.");
        }
        if (!lockKey(caller, key)) {
            throw ProblemException.conflict("IDEMPOTENCY_KEY_IN_USE",
                    "A request with this Idempotency-Key is still running. Retry when it has finished.");
        }
        String requestHash = hash(request);
        List<?> stored = entityManager.createNativeQuery("""
                select request_hash, status_code, location, response_body, etag from idempotency_record
                 where caller = ?1 and idempotency_key = ?2 and created_at > now() - interval '24 hours'""")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (!stored.isEmpty()) {
            stillAllowed.run();
            return replay((Object[]) stored.get(0), requestHash);
        }
        Response response = create.get();
        remember(caller, key, requestHash, response);
        return response;
    }

    /** Keys older than 24 hours no longer replay; deleting them keeps the table small. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpiredKeys() {
        entityManager.createNativeQuery("delete from idempotency_record where created_at < now() - interval '24 hours'")
                .executeUpdate();
    }

    private boolean lockKey(String caller, String key) {
        Object locked = entityManager.createNativeQuery(
                "select pg_try_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, caller).setParameter(2, key).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private Response replay(Object[] stored, String requestHash) {
        if (!requestHash.equals(((String) stored[0]).trim())) {
            throw ProblemException.unprocessable("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used for a different request body. Use a new key for a new request.");
        }
        var response = Response.status(((Number) stored[1]).intValue())
                .entity(stored[3])
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(REPLAYED_HEADER, "true");
        if (stored[2] != null) {
            response.location(URI.create((String) stored[2]));
        }
        if (stored[4] != null) {
            response.header(HttpHeaders.ETAG, stored[4]);
        }
        return response.build();
    }

    /** Under the key's lock no fresh record exists, so a row already there is an expired one, replaced in place. */
    private void remember(String caller, String key, String requestHash, Response response) {
        entityManager.createNativeQuery("""
                insert into idempotency_record (caller, idempotency_key, request_hash, status_code, location, response_body, etag)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (caller, idempotency_key) do update
                   set request_hash = excluded.request_hash, status_code = excluded.status_code,
                       location = excluded.location, response_body = excluded.response_body, etag = excluded.etag,
                       created_at = excluded.created_at""")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, requestHash)
                .setParameter(4, (short) response.getStatus())
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, json(response.getEntity()))
                .setParameter(7, response.getHeaderString(HttpHeaders.ETAG))
                .executeUpdate();
    }

    /** The operation is part of the hash, so a key reused on another endpoint never replays a foreign answer. */
    private String hash(Object request) {
        var http = currentRequest.getCurrent().request();
        String operation = http.method().name() + " " + http.path() + "\n";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((operation + json(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request and response records always serialise", e);
        }
    }
}
