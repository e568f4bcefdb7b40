package io.supportcoach.skills.roleprofile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.supportcoach.http.validation.Ids;
import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.paging.CursorCodec;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
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

    private static final String SCOPE = "role-profiles";

    private final CursorCodec cursors;
    private final SkillReferences skillReferences;

    public RoleProfileService(CursorCodec cursors, SkillReferences skillReferences) {
        this.cursors = cursors;
        this.skillReferences = skillReferences;
    }

    /** By name; the unique name index serves both the order and the keyset. */
    @Transactional
    public Page<RoleProfileResponse> listRoleProfiles(PageRequest page) {
        var query = page.cursor() == null
                ? RoleProfile.getEntityManager().createQuery("select p.id from RoleProfile p order by p.name", UUID.class)
                : RoleProfile.getEntityManager()
                        .createQuery("select p.id from RoleProfile p where p.name > :after order by p.name", UUID.class)
                        .setParameter("after", afterName(page.cursor()));
        List<UUID> ids = query.setMaxResults(page.limit() + 1).getResultList();
        Map<UUID, RoleProfile> loaded = loadRoleProfiles(ids);
        Map<UUID, Skill> skills = skillsOf(loaded.values());
        return Page.of(ids, page.limit(), id -> RoleProfileResponse.from(loaded.get(id), skills),
                last -> cursors.encode(SCOPE, Map.of("name", loaded.get(last).name)));
    }

    private String afterName(String cursor) {
        String name = cursors.decode(SCOPE, cursor).get("name");
        if (name == null) {
            throw ProblemException.badRequest("INVALID_CURSOR", "The cursor is not one this list handed out.");
        }
        return name;
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

    @Transactional
    public RoleProfileResponse getRoleProfile(String id) {
        RoleProfile profile = findRoleProfile(id);
        return RoleProfileResponse.from(profile, skillsOf(List.of(profile)));
    }

    /** The role profile with its skills loaded, or 404. */
    @Transactional
    public RoleProfile findRoleProfile(String id) {
        return findOptional(id).orElseThrow(() -> ProblemException.notFound("No role profile has the id '" + id + "'."));
    }

    /** A role profile a request names outside its path: an unknown one is a 422, since the request itself is sound. */
    @Transactional
    public RoleProfile findRoleProfileForReference(String id) {
        return findOptional(id).orElseThrow(() -> ProblemException.unprocessable("UNKNOWN_ROLE_PROFILE",
                "No role profile has the id '" + id + "'."));
    }

    private static Optional<RoleProfile> findOptional(String id) {
        return Ids.parseUuid(id).flatMap(uuid -> RoleProfile.<RoleProfile>find(
                "select p from RoleProfile p left join fetch p.skills where p.id = ?1", uuid).singleResultOptional());
    }


    @Transactional
    public RoleProfileResponse createRoleProfile(RoleProfileRequest request, String caller) {
        requireNameFree(request.name(), null);
        Map<Integer, Skill> skills = resolveSkills(request.skills());
        var profile = new RoleProfile();
        profile.id = UUID.randomUUID();
        apply(profile, request, skills);
        profile.stampCreated(caller);
        // Flushed here so that a name taken meanwhile surfaces as a constraint violation, answered as 409.
        profile.persistAndFlush();
        return RoleProfileResponse.from(profile, byId(skills.values()));
    }

    @Transactional
    public RoleProfileResponse updateRoleProfile(String id, String ifMatch, RoleProfileRequest request, String caller) {
        RoleProfile profile = findRoleProfile(id);
        Etags.requireMatch(ifMatch, profile.version);
        requireNameFree(request.name(), profile.id);
        Map<Integer, Skill> skills = resolveSkills(request.skills());
        apply(profile, request, skills);
        profile.stampUpdated(caller);
        profile.flush();
        return RoleProfileResponse.from(profile, byId(skills.values()));
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
        requireNoRepeats(targets.stream().map(RoleProfileSkillRequest::skill).toList());
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
        requireNoRepeats(IntStream.range(0, targets.size()).mapToObj(i -> resolved.get(i).id.toString()).toList());
        return resolved;
    }

    private static void requireNoRepeats(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<FieldError> repeats = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                repeats.add(new FieldError("skills[" + i + "].skill", "DUPLICATE", "names a skill that appears earlier"));
            }
        }
        if (!repeats.isEmpty()) {
            throw ProblemException.invalidFields(repeats);
        }
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
