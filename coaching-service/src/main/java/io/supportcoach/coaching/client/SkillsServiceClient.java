package io.supportcoach.coaching.client;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.supportcoach.coaching.client.skills.api.ApiException;
import io.supportcoach.coaching.client.skills.api.CatalogueApi;
import io.supportcoach.coaching.client.skills.api.CoachingRelationsApi;
import io.supportcoach.coaching.client.skills.api.EvidenceAndProfilesApi;
import io.supportcoach.coaching.client.skills.api.GoalsApi;
import io.supportcoach.coaching.client.skills.api.PeopleApi;
import io.supportcoach.coaching.client.skills.api.RoleProfilesApi;
import io.supportcoach.coaching.client.skills.model.CoachingRelationRequest;
import io.supportcoach.coaching.client.skills.model.EvidenceRequest;
import io.supportcoach.coaching.client.skills.model.EvidenceSource;
import io.supportcoach.coaching.client.skills.model.Goal;
import io.supportcoach.coaching.client.skills.model.GoalPage;
import io.supportcoach.coaching.client.skills.model.GoalStatus;
import io.supportcoach.coaching.client.skills.model.Person;
import io.supportcoach.coaching.client.skills.model.PersonStatus;
import io.supportcoach.coaching.client.skills.model.Skill;
import io.supportcoach.coaching.client.skills.model.SkillGaps;
import io.supportcoach.coaching.client.skills.model.SkillPage;
import io.supportcoach.coaching.client.skills.model.SkillStatus;
import io.supportcoach.coaching.relation.CoachingRelationMessage;
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
 * register entry of a session's coachee is read with this service's own token instead: whose sessions a manager may
 * book and see is this service's rule, decided on the coachee's team, and a coach, say, may not read a stranger's
 * entry in skills-service. Evidence of completed sessions is sent on nobody's behalf, from the outbox, often long
 * after the coach has gone: it has a client of its own beside it, with this service's own token, in the same
 * breaker. Its answers are returned as what
 * they mean for the message; no answer at all (down, slow, 5xx, 429) is thrown, so the breaker counts it.
 */
@ApplicationScoped
public class SkillsServiceClient {

    static final String CALLEE = "skills-service";
    private static final String PERSON_LEFT = "PERSON_LEFT";
    /** The largest page skills-service gives, so a person's goals take one call as a rule. */
    private static final int LARGEST_PAGE = 200;

    private final CatalogueApi catalogueAsCaller;
    private final GoalsApi goalsAsCaller;
    private final RoleProfilesApi roleProfilesAsCaller;
    private final PeopleApi peopleAsService;
    private final EvidenceAndProfilesApi evidenceAsService;
    private final CoachingRelationsApi relationsAsService;
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
        this.goalsAsCaller = callees.client(GoalsApi.class, CALLEE, callerToken::getRawToken);
        this.roleProfilesAsCaller = callees.client(RoleProfilesApi.class, CALLEE, callerToken::getRawToken);
        this.peopleAsService = callees.client(PeopleApi.class, CALLEE, tokens::bearer);
        this.evidenceAsService = callees.client(EvidenceAndProfilesApi.class, CALLEE, tokens::bearer);
        this.relationsAsService = callees.client(CoachingRelationsApi.class, CALLEE, tokens::bearer);
    }

    /**
     * What skills-service knows of these codes (1 to 30, as many as a coach holds), asked in one call with the
     * person's own token unless each was called active lately ({@link ActiveSkillCodes}). Retried only when no
     * connection was made or skills-service answered 429 or 503.
     */
    public SkillCodeCheck checkSkillCodes(Collection<String> codes) {
        return activeCodes.check(codes, this::askForSkills);
    }

    private SkillCodeCheck askForSkills(List<String> asked) {
        SkillPage page = guard.whilePersonWaits(CALLEE, () -> {
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

    /** A person of skills-service's register as a session needs them: their team and whether they have left. */
    public record RegisteredPerson(String employeeId, String teamId, boolean left) {
    }

    /**
     * The person's entry in skills-service's register, read with this service's own token; empty when the register
     * has no such person. A 404 is an answer, so the breaker does not count it. Retried like the code check.
     */
    public Optional<RegisteredPerson> findPerson(String employeeId) {
        Person person = guard.whilePersonWaits(CALLEE, () -> {
            try {
                return peopleAsService.getPerson(employeeId);
            } catch (ApiException refused) {
                int status = refused.getResponse().getStatus();
                if (status == 404) {
                    return null;
                }
                if (status == 401) {
                    // Our own token was refused, perhaps after a key rotation: the next call fetches a fresh one.
                    tokens.discard();
                }
                throw callees.refusal(CALLEE, status);
            } catch (RuntimeException failed) {
                throw callees.failure(CALLEE, failed);
            }
        });
        if (person == null) {
            return Optional.empty();
        }
        if (person.getTeamId() == null || person.getStatus() == null) {
            throw callees.failure(CALLEE, new IllegalStateException("a person was answered without a team or status"));
        }
        return Optional.of(new RegisteredPerson(person.getEmployeeId(), person.getTeamId(),
                person.getStatus() == PersonStatus.LEFT));
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

    /**
     * The catalogue's skills with these codes (1 to 30), levels and indicators included, asked in one call with the
     * person's own token; a code no skill has is absent. Retried like the code check.
     */
    public List<Skill> findSkills(Collection<String> codes) {
        List<String> asked = List.copyOf(new TreeSet<>(codes));
        SkillPage page = guard.whilePersonWaits(CALLEE, () -> {
            try {
                return catalogueAsCaller.listSkills(null, asked, null, null, asked.size(), null, null, null);
            } catch (ApiException refused) {
                throw callees.refusal(CALLEE, refused.getResponse().getStatus());
            } catch (RuntimeException failed) {
                throw callees.failure(CALLEE, failed);
            }
        });
        if (page == null || page.getItems() == null) {
            throw callees.failure(CALLEE, new IllegalStateException("a skill lookup answered without items"));
        }
        return page.getItems();
    }

    /**
     * The person's ACTIVE goals, every page, asked with the caller's own token; empty when skills-service does not show
     * the person to the caller (404), which is how it hides people outside a manager's teams. Retried like the code
     * check.
     */
    public Optional<List<Goal>> findActiveGoals(String employeeId) {
        return guard.whilePersonWaits(CALLEE, () -> {
            List<Goal> goals = new ArrayList<>();
            String cursor = null;
            do {
                GoalPage page;
                try {
                    page = goalsAsCaller.listGoals(employeeId, cursor, LARGEST_PAGE, GoalStatus.ACTIVE);
                } catch (ApiException refused) {
                    if (refused.getResponse().getStatus() == 404) {
                        return Optional.empty();
                    }
                    throw callees.refusal(CALLEE, refused.getResponse().getStatus());
                } catch (RuntimeException failed) {
                    throw callees.failure(CALLEE, failed);
                }
                if (page == null || page.getItems() == null) {
                    throw callees.failure(CALLEE, new IllegalStateException("a page of goals answered without items"));
                }
                goals.addAll(page.getItems());
                cursor = page.getNextCursor();
            } while (cursor != null);
            return Optional.of(goals);
        });
    }

    /**
     * The person's gaps to a role profile, asked with the caller's own token; empty when skills-service knows no such
     * role profile (422) or does not show the person to the caller (404). A 404 or 422 is an answer, so the breaker
     * does not count it. Retried like the code check.
     */
    public Optional<SkillGaps> findSkillGaps(String employeeId, UUID roleProfileId) {
        SkillGaps gaps = guard.whilePersonWaits(CALLEE, () -> {
            try {
                return roleProfilesAsCaller.getSkillGaps(employeeId, roleProfileId.toString());
            } catch (ApiException refused) {
                int status = refused.getResponse().getStatus();
                if (status == 404 || status == 422) {
                    return null;
                }
                throw callees.refusal(CALLEE, status);
            } catch (RuntimeException failed) {
                throw callees.failure(CALLEE, failed);
            }
        });
        if (gaps != null && gaps.getItems() == null) {
            throw callees.failure(CALLEE, new IllegalStateException("gaps answered without items"));
        }
        return Optional.ofNullable(gaps);
    }

    /**
     * Tells skills-service, from the outbox, that a coach coaches a coachee under a reference. The PUT is an upsert by
     * reference, so a 201 and a 200 (a repeated delivery) are both delivered.
     */
    public DeliveryResult grantCoachingRelation(CoachingRelationMessage relation) {
        var request = new CoachingRelationRequest()
                .coachId(relation.coachId())
                .coacheeId(relation.coacheeId())
                .validUntil(relation.validUntil() == null ? null : relation.validUntil().atOffset(ZoneOffset.UTC));
        return deliver(() -> relationsAsService.grantCoachingRelation(relation.reference(), request));
    }

    /** Ends a coaching relation in skills-service, from the outbox; one already gone is the same 204. */
    public DeliveryResult revokeCoachingRelation(String reference) {
        return deliver(() -> relationsAsService.revokeCoachingRelation(reference));
    }

    /** A call of the generated client, which reports a refusal as a checked {@link ApiException}. */
    @FunctionalInterface
    private interface Delivery {
        void send() throws ApiException;
    }

    /** An outbox delivery with this service's token: no answer at all is thrown, so the breaker counts it. */
    private DeliveryResult deliver(Delivery call) {
        return guard.counted(CALLEE, () -> {
            try {
                call.send();
                return DeliveryResult.delivered();
            } catch (ApiException refused) {
                return callees.deliveryAnswer(CALLEE, refused.getResponse(), tokens, Set.of());
            } catch (RuntimeException failed) {
                throw callees.failure(CALLEE, failed);
            }
        });
    }
}
