package io.supportcoach.secondment.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.supportcoach.secondment.client.skills.api.ApiException;
import io.supportcoach.secondment.client.skills.api.CatalogueApi;
import io.supportcoach.secondment.client.skills.model.Skill;
import io.supportcoach.secondment.client.skills.model.SkillPage;
import io.supportcoach.secondment.client.skills.model.SkillStatus;
import io.supportcoach.http.client.Callees;
import io.supportcoach.http.client.TransientCalleeFailure;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
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
 * <p>The client passes the person's own token on, so skills-service applies that person's rights. Work done on
 * nobody's behalf would get a client of its own beside it, with the service's token, in the same breaker.
 */
@ApplicationScoped
public class SkillsServiceClient {

    static final String CALLEE = "skills-service";

    private final CatalogueApi catalogueAsCaller;
    private final Callees callees;

    public SkillsServiceClient(Callees callees, JsonWebToken callerToken) {
        this.callees = callees;
        this.catalogueAsCaller = callees.client(CatalogueApi.class, CALLEE, callerToken::getRawToken);
    }

    /**
     * What skills-service knows of these codes (1 to 30, as many as an opportunity names), asked in one call with the
     * person's own token. Retried only when no connection was made or skills-service answered 429 or 503.
     */
    @Retry(retryOn = TransientCalleeFailure.class)
    @ExponentialBackoff
    @CircuitBreaker
    @CircuitBreakerName(CALLEE)
    @Fallback(fallbackMethod = "breakerOpen", applyOn = CircuitBreakerOpenException.class)
    public SkillCodeCheck checkSkillCodes(Collection<String> codes) {
        List<String> asked = List.copyOf(new TreeSet<>(codes));
        SkillPage page;
        try {
            page = catalogueAsCaller.listSkills(null, asked, null, null, asked.size(), null, null, null);
        } catch (ApiException refused) {
            throw callees.refusal(CALLEE, refused.getResponse().getStatus());
        } catch (RuntimeException failed) {
            throw callees.failure(CALLEE, failed);
        }
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

    /** While the breaker is open, skills-service is left alone and the person hears at once when to come back. */
    SkillCodeCheck breakerOpen(Collection<String> codes) {
        throw callees.unavailable(CALLEE);
    }
}
