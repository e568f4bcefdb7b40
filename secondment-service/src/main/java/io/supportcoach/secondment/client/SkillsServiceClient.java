package io.supportcoach.secondment.client;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.supportcoach.secondment.client.skills.api.ApiException;
import io.supportcoach.secondment.client.skills.api.CatalogueApi;
import io.supportcoach.secondment.client.skills.api.EvidenceAndProfilesApi;
import io.supportcoach.secondment.client.skills.api.GoalsApi;
import io.supportcoach.secondment.client.skills.api.PeopleApi;
import io.supportcoach.secondment.client.skills.model.EvidenceRequest;
import io.supportcoach.secondment.client.skills.model.EvidenceSource;
import io.supportcoach.secondment.client.skills.model.Goal;
import io.supportcoach.secondment.client.skills.model.GoalPage;
import io.supportcoach.secondment.client.skills.model.Person;
import io.supportcoach.secondment.client.skills.model.PersonStatus;
import io.supportcoach.secondment.client.skills.model.Skill;
import io.supportcoach.secondment.client.skills.model.SkillPage;
import io.supportcoach.secondment.client.skills.model.SkillStatus;
import io.supportcoach.http.client.ActiveSkillCodes;
import io.supportcoach.http.client.CalleeGuard;
import io.supportcoach.http.client.Callees;
import io.supportcoach.http.client.SkillCodeCheck;
import io.supportcoach.identity.ServiceTokens;
import io.supportcoach.persistence.outbox.DeliveryResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one way this service calls skills-service: a REST client generated from skills-service's committed contract,
 * with the suite's timeouts, a bounded retry and a circuit breaker named after the callee. Whatever goes wrong, down,
 * slow, failing or the breaker open, the person gets 503 {@code DEPENDENCY_UNAVAILABLE} with {@code Retry-After},
 * never a hang and never a 500.
 *
 * <p>The skill code check passes the person's own token on, so skills-service applies that person's rights. The
 * register entry of a placement's employee and their goals are read with this service's own token instead: the home
 * team decides who may act on the placement, and a host manager, say, may not see a person of another team in
 * skills-service.
 * Evidence of completed placements is sent on nobody's behalf, from the outbox, with this service's own token: its
 * answers are returned as what they mean for the message, and no answer at all (down, slow, 5xx, 429) is thrown, so
 * the breaker counts it. All clients share the one breaker of the callee ({@link CalleeGuard}).
 */
@ApplicationScoped
public class SkillsServiceClient {

    static final String CALLEE = "skills-service";
    private static final String PERSON_LEFT = "PERSON_LEFT";
    /** The largest page skills-service gives. */
    private static final int PAGE_SIZE = 200;
    /** Goals read per person at most: far more than anyone sets, so a runaway list cannot hold a proposal up. */
    private static final int MAX_GOAL_PAGES = 5;

    private final CatalogueApi catalogueAsCaller;
    private final PeopleApi peopleAsService;
    private final EvidenceAndProfilesApi evidenceAsService;
    private final GoalsApi goalsAsService;
    private final Callees callees;
    private final ServiceTokens tokens;
    private final CalleeGuard guard;
    private final ActiveSkillCodes activeCodes;

    public SkillsServiceClient(Callees callees, JsonWebToken callerToken, ServiceTokens tokens,
            CalleeGuard guard, ActiveSkillCodes activeCodes) {
        this.callees = callees;
        this.tokens = tokens;
        this.guard = guard;
        this.activeCodes = activeCodes;
        this.catalogueAsCaller = callees.client(CatalogueApi.class, CALLEE, callerToken::getRawToken);
        this.peopleAsService = callees.client(PeopleApi.class, CALLEE, tokens::bearer);
        this.evidenceAsService = callees.client(EvidenceAndProfilesApi.class, CALLEE, tokens::bearer);
        this.goalsAsService = callees.client(GoalsApi.class, CALLEE, tokens::bearer);
    }

    /**
     * A person of skills-service's register as placements and plans need them: their name, their team and whether
     * they have left.
     */
    public record RegisteredPerson(String employeeId, String displayName, String teamId, boolean left) {
    }

    /**
     * The person's entry in skills-service's register, read with this service's own token; empty when the register
     * has no such person. Retried, like the skill code check, only when no connection was made or skills-service
     * answered 429 or 503.
     */
    public Optional<RegisteredPerson> findPerson(String employeeId) {
        return guard.whilePersonWaits(CALLEE, () -> askForPerson(employeeId));
    }

    private Optional<RegisteredPerson> askForPerson(String employeeId) {
        Person person;
        try {
            person = peopleAsService.getPerson(employeeId);
        } catch (ApiException refused) {
            int status = refused.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            throw refusedAsService(status);
        } catch (RuntimeException failed) {
            throw callees.failure(CALLEE, failed);
        }
        if (person == null || person.getTeamId() == null) {
            throw callees.failure(CALLEE, new IllegalStateException("a person was answered without a team"));
        }
        return Optional.of(new RegisteredPerson(person.getEmployeeId(), person.getDisplayName(), person.getTeamId(),
                person.getStatus() == PersonStatus.LEFT));
    }

    /**
     * Which of {@code goalIds} are goals of the person, in any status, read with this service's own token from the
     * person's list of goals: one call for anyone with up to 200 goals, and no more pages once every id is found.
     * A person skills-service does not know has none. Retried like {@link #findPerson}.
     */
    public Set<UUID> findGoalsOf(String employeeId, Collection<UUID> goalIds) {
        return guard.whilePersonWaits(CALLEE, () -> askForGoals(employeeId, Set.copyOf(goalIds)));
    }

    private Set<UUID> askForGoals(String employeeId, Set<UUID> asked) {
        Set<UUID> found = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            GoalPage page;
            try {
                page = goalsAsService.listGoals(employeeId, cursor, PAGE_SIZE, null);
            } catch (ApiException refused) {
                int status = refused.getResponse().getStatus();
                if (status == 404) {
                    return Set.of();
                }
                throw refusedAsService(status);
            } catch (RuntimeException failed) {
                throw callees.failure(CALLEE, failed);
            }
            if (page == null || page.getItems() == null) {
                throw callees.failure(CALLEE, new IllegalStateException("a page of goals was answered without items"));
            }
            for (Goal goal : page.getItems()) {
                if (asked.contains(goal.getId())) {
                    found.add(goal.getId());
                }
            }
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null && found.size() < asked.size() && pages < MAX_GOAL_PAGES);
        return found;
    }

    /** A refusal of this service's own token, which the next call replaces when skills-service no longer takes it. */
    private RuntimeException refusedAsService(int status) {
        if (status == 401) {
            // Our own token was refused, perhaps after a key rotation: the next call fetches a fresh one.
            tokens.discard();
        }
        return callees.refusal(CALLEE, status);
    }

    /**
     * What skills-service knows of these codes (1 to 30, as many as an opportunity names), asked in one call with the
     * person's own token unless each was called active lately ({@link ActiveSkillCodes}). Retried only when no
     * connection was made or skills-service answered 429 or 503.
     */
    public SkillCodeCheck checkSkillCodes(Collection<String> codes) {
        return activeCodes.check(codes, asked -> guard.whilePersonWaits(CALLEE, () -> askForSkills(asked)));
    }

    private SkillCodeCheck askForSkills(List<String> asked) {
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

    /**
     * Records one reviewed skill of a completed placement as PLACEMENT evidence, under the outbox message's key. A 201
     * is new evidence and a 200 the same piece recorded before (same person, skill, source and reference): both are
     * delivered. A 409 PERSON_LEFT can never pass (the employee's evidence is closed for good), so it is parked for HR
     * to discard, not retried for hours. Not retried here: the relay retries.
     */
    public DeliveryResult recordEvidence(String idempotencyKey, PlacementEvidence evidence) {
        var request = new EvidenceRequest()
                .skill(evidence.skill())
                .level(evidence.level())
                .source(EvidenceSource.PLACEMENT)
                .observedAt(evidence.observedAt().atOffset(ZoneOffset.UTC))
                .note(evidence.note())
                .reference(evidence.reference());
        return guard.counted(CALLEE, () -> {
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
}
