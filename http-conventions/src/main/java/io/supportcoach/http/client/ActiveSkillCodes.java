package io.supportcoach.http.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The skill codes skills-service lately called active (known and not retired), so that a request naming only such
 * codes is checked without a call: the catalogue changes seldom, while sessions, coaches, opportunities and placements
 * name the same few skills again and again. Each code is kept for {@value #CACHE}'s expire-after-write
 * ({@code SKILL_CODES_FRESH_FOR}, 30 s), in each instance's memory.
 *
 * <p>Only active codes are kept. A code skills-service did not know, or called retired, is asked about again on every
 * request, so a skill added a moment ago can be used at once and a refusal is always skills-service's latest word.
 * What this costs: for up to that time after a skill is retired, a new record may still take it on. Every role may
 * read the catalogue, so an answer skills-service gave to one person's token may serve another person's request.
 */
@ApplicationScoped
public class ActiveSkillCodes {

    public static final String CACHE = "active-skill-codes";
    private static final SkillCodeCheck ALL_ACTIVE = new SkillCodeCheck(Set.of(), Map.of());

    private final CaffeineCache activeCodes;

    public ActiveSkillCodes(@CacheName(CACHE) Cache activeCodes) {
        this.activeCodes = activeCodes.as(CaffeineCache.class);
    }

    /**
     * What skills-service says of these codes: at once when each was called active lately, else {@code ask}'s answer
     * for all of them (sorted, without repeats), whose active codes are then kept.
     */
    public SkillCodeCheck check(Collection<String> codes, Function<List<String>, SkillCodeCheck> ask) {
        List<String> asked = List.copyOf(new TreeSet<>(codes));
        if (asked.stream().allMatch(code -> activeCodes.getIfPresent(code) != null)) {
            return ALL_ACTIVE;
        }
        SkillCodeCheck answer = ask.apply(asked);
        for (String code : asked) {
            if (!answer.unknown().contains(code) && !answer.replacementsOfRetired().containsKey(code)) {
                activeCodes.put(code, CompletableFuture.completedFuture(Boolean.TRUE));
            }
        }
        return answer;
    }
}
