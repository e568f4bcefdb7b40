package io.supportcoach.skills.roleprofile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.http.validation.Ids;
import io.supportcoach.identity.Caller;
import io.supportcoach.skills.catalogue.Skill;
import io.supportcoach.skills.catalogue.SkillReferences;
import io.supportcoach.skills.catalogue.SkillStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The rules of role profiles: names are unique, every skill exists, is not retired and appears once.
 * Skills are resolved with one query per request, whatever their number.
 */
@ApplicationScoped
public class RoleProfileService {

    private static final SortKey<RoleProfile, String> NAME = SortKey.text("name", profile -> profile.name);
    private static final Keyset<RoleProfile> BY_NAME = Keyset.of("role-profiles", NAME);

    private final KeysetPager pager;
    private final SkillReferences skillReferences;
    private final Caller caller;

    public RoleProfileService(KeysetPager pager, SkillReferences skillReferences, Caller caller) {
        this.pager = pager;
        this.skillReferences = skillReferences;
        this.caller = caller;
    }

    /** By name; the unique name index serves both the order and the keyset. */
    public Page<RoleProfileResponse> listRoleProfiles(PageRequest page) {
        var window = pager.open(BY_NAME, page);
        var query = window.isFirstPage()
                ? RoleProfile.getEntityManager().createQuery("select p.id from RoleProfile p order by p.name", UUID.class)
                : RoleProfile.getEntityManager()
                        .createQuery("select p.id from RoleProfile p where p.name > :after order by p.name", UUID.class)
                        .setParameter("after", window.after(NAME));
        List<UUID> ids = query.setMaxResults(window.fetchSize()).getResultList();
        Map<UUID, RoleProfile> loaded = loadRoleProfiles(ids);
        Map<UUID, Skill> skills = skillsOf(loaded.values());
        List<RoleProfile> rows = ids.stream().map(loaded::get).toList();
        return window.page(rows, profile -> RoleProfileResponse.from(profile, skills));
    }

    /** Role profiles with their skills, in one query. */
    private static Map<UUID, RoleProfile> loadRoleProfiles(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<RoleProfile> profiles = RoleProfile.<RoleProfile>find(
                "select distinct p from RoleProfile p left join fetch p.skills where p.id in ?1", ids).list();
        return profiles.stream().collect(Collectors.toMap(profile -> profile.id, Function.identity()));
    }

    /** The skills the given profiles name, by id, from one query. */
    Map<UUID, Skill> skillsOf(Collection<RoleProfile> profiles) {
        return skillReferences.skillsById(profiles.stream().flatMap(profile -> profile.skills.stream())
                .map(target -> target.skillId).collect(Collectors.toSet()));
    }

    public Versioned<RoleProfileResponse> getRoleProfile(String id) {
        RoleProfile profile = findRoleProfile(id);
        return versioned(profile, skillsOf(List.of(profile)));
    }

    /** The role profile with its skills loaded, or 404. */
    RoleProfile findRoleProfile(String id) {
        return findOptional(id).orElseThrow(() -> ProblemException.notFound("No role profile has the id '" + id + "'."));
    }

    /** A role profile a request names outside its path: an unknown one is a 422, since the request itself is sound. */
    RoleProfile findRoleProfileForReference(String id) {
        return findOptional(id).orElseThrow(() -> ProblemException.unprocessable("UNKNOWN_ROLE_PROFILE",
                "No role profile has the id '" + id + "'."));
    }

    private static Optional<RoleProfile> findOptional(String id) {
        return Ids.parseUuid(id).flatMap(uuid -> RoleProfile.<RoleProfile>find(
                "select p from RoleProfile p left join fetch p.skills where p.id = ?1", uuid).singleResultOptional());
    }

    @Transactional
    public Versioned<RoleProfileResponse> createRoleProfile(RoleProfileRequest request) {
        requireNameFree(request.name(), null);
        Map<Integer, Skill> skills = resolveSkills(request.skills());
        var profile = new RoleProfile();
        profile.id = UUID.randomUUID();
        apply(profile, request, skills);
        profile.stampCreated(caller.id());
        // Flushed here so that a name taken meanwhile surfaces as a constraint violation, answered as 409.
        profile.persistAndFlush();
        return versioned(profile, byId(skills.values()));
    }

    @Transactional
    public Versioned<RoleProfileResponse> updateRoleProfile(String id, IfMatch ifMatch, RoleProfileRequest request) {
        RoleProfile profile = findRoleProfile(id);
        ifMatch.require(profile.version);
        requireNameFree(request.name(), profile.id);
        Map<Integer, Skill> skills = resolveSkills(request.skills());
        apply(profile, request, skills);
        profile.stampUpdated(caller.id());
        profile.flush();
        return versioned(profile, byId(skills.values()));
    }

    private static Versioned<RoleProfileResponse> versioned(RoleProfile profile, Map<UUID, Skill> skills) {
        return new Versioned<>(RoleProfileResponse.from(profile, skills), profile.version);
    }

    private static void apply(RoleProfile profile, RoleProfileRequest request, Map<Integer, Skill> skills) {
        profile.name = request.name();
        profile.description = request.description();
        profile.skills.clear();
        for (int i = 0; i < request.skills().size(); i++) {
            RoleProfileSkillRequest target = request.skills().get(i);
            profile.skills.add(new RoleProfileSkill(skills.get(i).id, target.targetLevel(), target.weightOrDefault()));
        }
    }

    /** Checked before the write for a clear answer; the unique constraint still decides a race. */
    private static void requireNameFree(String name, UUID except) {
        long taken = except == null ? RoleProfile.count("name", name)
                : RoleProfile.count("name = ?1 and id <> ?2", name, except);
        if (taken > 0) {
            throw ProblemException.conflict("ROLE_PROFILE_NAME_TAKEN", "A role profile named '" + name + "' already exists.");
        }
    }

    /**
     * The skill of each entry, by position, from one query. A name used twice is a 400; a skill that does
     * not exist or is retired a 422, naming every such skill at once.
     */
    Map<Integer, Skill> resolveSkills(List<RoleProfileSkillRequest> targets) {
        Distinct.require("skills", targets, RoleProfileSkillRequest::skill, ".skill");
        Set<String> codes = new LinkedHashSet<>();
        Set<UUID> ids = new LinkedHashSet<>();
        targets.forEach(target -> Ids.parseUuid(target.skill()).ifPresentOrElse(ids::add, () -> codes.add(target.skill())));
        List<Skill> found = findSkills(codes, ids);
        Map<String, Skill> byCode = found.stream().collect(Collectors.toMap(skill -> skill.code, Function.identity()));
        Map<UUID, Skill> byId = byId(found);

        Map<Integer, Skill> resolved = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String name = targets.get(i).skill();
            Skill skill = Ids.parseUuid(name).map(byId::get).orElseGet(() -> byCode.get(name));
            if (skill == null) {
                unknown.add("'" + name + "'");
            } else {
                resolved.put(i, skill);
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("UNKNOWN_SKILL",
                    "No skill has the id or code " + String.join(", ", unknown) + ".");
        }
        List<String> retired = resolved.values().stream().filter(skill -> skill.status == SkillStatus.RETIRED)
                .map(skill -> "'" + skill.code + "' (use '" + skill.replacedBy.code + "')").distinct().toList();
        if (!retired.isEmpty()) {
            throw ProblemException.unprocessable("SKILL_RETIRED",
                    "A role profile cannot ask for a retired skill: " + String.join(", ", retired) + ".");
        }
        // The same skill named once by code and once by id.
        Distinct.require("skills", IntStream.range(0, targets.size()).boxed().toList(), i -> resolved.get(i).id, ".skill");
        return resolved;
    }

    private static List<Skill> findSkills(Set<String> codes, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Skill.list("select s from Skill s left join fetch s.replacedBy where s.code in ?1", codes);
        }
        if (codes.isEmpty()) {
            return Skill.list("select s from Skill s left join fetch s.replacedBy where s.id in ?1", ids);
        }
        return Skill.list("select s from Skill s left join fetch s.replacedBy where s.code in ?1 or s.id in ?2", codes, ids);
    }

    private static Map<UUID, Skill> byId(Collection<Skill> skills) {
        return skills.stream().collect(Collectors.toMap(skill -> skill.id, Function.identity(), (a, b) -> a));
    }
}
