package io.supportcoach.coaching.client;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.supportcoach.coaching.client.skills.api.ApiException;
import io.supportcoach.coaching.client.skills.api.CatalogueApi;
import io.supportcoach.coaching.client.skills.api.EvidenceAndProfilesApi;
import io.supportcoach.coaching.client.skills.model.EvidenceRequest;
import io.supportcoach.coaching.client.skills.model.EvidenceSource;
import io.supportcoach.coaching.client.skills.model.Skill;
import io.supportcoach.coaching.client.skills.model.SkillPage;
import io.supportcoach.coaching.client.skills.model.SkillStatus;
import io.supportcoach.http.client.Callees;
import io.supportcoach.http.client.SkillCodeCheck;
import io.supportcoach.http.client.TransientCalleeFailure;
import io.supportcoach.identity.ServiceTokens;
import io.supportcoach.persistence.outbox.DeliveryResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one way this service calls skills-service: a REST client generated from skills-service's committed contract,
 * with the suite's timeouts, a bounded retry and a circuit breaker named after the callee. Whatever goes wrong, down,
 * slow, failing or the breaker open, the person gets 503 {@code DEPENDENCY_UNAVAILABLE} with {@code Retry-After},
 * never a hang and never a 500.
 *
 * <p>The skill code check passes the person's own token on, so skills-service applies that person's rights. Evidence
 * of completed sessions is sent on nobody's behalf, from the outbox, often long after the coach has gone: it has a
 * client of its own beside it, with this service's own token, in the same breaker. Its answers are returned as what
 * they mean for the message; no answer at all (down, slow, 5xx, 429) is thrown, so the breaker counts it.
 */
@ApplicationScoped
public class SkillsServiceClient {

    static final String CALLEE = "skills-service";
    private static final String PERSON_LEFT = "PERSON_LEFT";

    private final CatalogueApi catalogueAsCaller;
    private final EvidenceAndProfilesApi evidenceAsService;
    private final Callees callees;
    private final ServiceTokens tokens;
    private final SkillsServiceBreaker breaker;

    public SkillsServiceClient(Callees callees, JsonWebToken callerToken, ServiceTokens tokens,
            SkillsServiceBreaker breaker) {
        this.callees = callees;
        this.tokens = tokens;
        this.breaker = breaker;
        this.catalogueAsCaller = callees.client(CatalogueApi.class, CALLEE, callerToken::getRawToken);
        this.evidenceAsService = callees.client(EvidenceAndProfilesApi.class, CALLEE, tokens::bearer);
    }

    /**
     * What skills-service knows of these codes (1 to 30, as many as a coach holds), asked in one call with the
     * person's own token. Retried only when no connection was made or skills-service answered 429 or 503.
     */
    @Retry(retryOn = TransientCalleeFailure.class)
    @ExponentialBackoff
    @Fallback(fallbackMethod = "breakerOpen", applyOn = CircuitBreakerOpenException.class)
    public SkillCodeCheck checkSkillCodes(Collection<String> codes) {
        List<String> asked = List.copyOf(new TreeSet<>(codes));
        SkillPage page = breaker.call(() -> {
            try {
                return catalogueAsCaller.listSkills(null, asked, null, null, asked.size(), null, null, null);
            } catch (ApiException refused) {
                throw callees.refusal(CALLEE, refused.getResponse().getStatus());
            } catch (RuntimeException failed) {
                throw callees.failure(CALLEE, failed);
            }
        });
        if (page == null || page.getItems() == null) {
            throw callees.failure(CALLEE, new IllegalStateException("a skill code check answered without items"));
        }
        Set<String> unknown = new TreeSet<>(asked);
        Map<String, String> replacementsOfRetired = new HashMap<>();
        for (Skill skill : page.getItems()) {
            unknown.remove(skill.getCode());
            if (skill.getStatus() == SkillStatus.RETIRED) {
                replacementsOfRetired.put(skill.getCode(), skill.getReplacedBy());
            }
        }
        return new SkillCodeCheck(unknown, replacementsOfRetired);
    }

    /**
     * Records one observation of a completed session as COACHING_SESSION evidence, under the outbox message's key.
     * A 201 is new evidence and a 200 the same piece recorded before (same person, skill, source and reference): both
     * are delivered. A 409 is PERSON_LEFT (the only 409 skills-service gives a service's token but for a key still in
     * use, which a later attempt resolves): the coachee's evidence is closed for good, so it is parked for HR to
     * discard, not retried for hours.
     */
    public DeliveryResult recordEvidence(String idempotencyKey, SessionEvidence evidence) {
        var request = new EvidenceRequest()
                .skill(evidence.skill())
                .level(evidence.level())
                .source(EvidenceSource.COACHING_SESSION)
                .observedAt(evidence.observedAt().atOffset(ZoneOffset.UTC))
                .note(evidence.note())
                .reference(evidence.reference());
        return breaker.call(() -> {
            try {
                evidenceAsService.recordEvidence(evidence.employeeId(), request, idempotencyKey);
                return DeliveryResult.delivered();
            } catch (ApiException refused) {
                return callees.deliveryAnswer(CALLEE, refused.getResponse(), tokens, Set.of(PERSON_LEFT));
            } catch (RuntimeException failed) {
                throw callees.failure(CALLEE, failed);
            }
        });
    }

    /** While the breaker is open, skills-service is left alone and the person hears at once when to come back. */
    SkillCodeCheck breakerOpen(Collection<String> codes) {
        throw callees.unavailable(CALLEE);
    }
}
