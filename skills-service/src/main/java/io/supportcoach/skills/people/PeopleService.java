package io.supportcoach.skills.people;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.validation.Distinct;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Keeps the register of people in step with the HR system, which is its source of truth. */
@ApplicationScoped
public class PeopleService {

    /** What one upsert did to the register. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** What an upsert did, and the person as the register now holds them. */
    public record PersonUpsert(Outcome outcome, Versioned<PersonResponse> person) {
    }

    private static final SortKey<Person, String> EMPLOYEE_ID = SortKey.text("employeeId", person -> person.employeeId);
    private static final Keyset<Person> BY_EMPLOYEE_ID = Keyset.of("people", EMPLOYEE_ID);

    private final EntityManager entityManager;
    private final KeysetPager pager;
    private final PeopleAccess access;
    private final Caller caller;
    private final PeopleChanges changes;

    public PeopleService(EntityManager entityManager, KeysetPager pager, PeopleAccess access, Caller caller,
            PeopleChanges changes) {
        this.entityManager = entityManager;
        this.pager = pager;
        this.access = access;
        this.caller = caller;
        this.changes = changes;
    }

    @Transactional
    public PersonUpsert upsertPerson(String employeeId, PersonRequest request) {
        Outcome outcome = upsert(employeeId, request);
        return new PersonUpsert(outcome, versioned(Person.findById(employeeId)));
    }

    /**
     * Inserts or updates in one statement, so two HR calls for the same new person cannot collide; the
     * version moves only when something really changed. The place before is read with a row lock, so of two
     * writes that race to move someone, the second sees the first's result and each change is told once.
     */
    private Outcome upsert(String employeeId, PersonRequest request) {
        @SuppressWarnings("unchecked")
        List<Object[]> before = entityManager.createNativeQuery(
                "select team_id, status from person where employee_id = ?1 for update")
                .setParameter(1, employeeId).getResultList();
        changes.written(employeeId, before.stream().findFirst()
                .map(row -> new PeopleChanges.Place((String) row[0], PersonStatus.valueOf((String) row[1]))), request);
        @SuppressWarnings("unchecked")
        List<Boolean> written = entityManager.createNativeQuery("""
                insert into person (employee_id, display_name, email, team_id, status, created_by, updated_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                on conflict (employee_id) do update
                   set display_name = excluded.display_name, email = excluded.email, team_id = excluded.team_id,
                       status = excluded.status, version = person.version + 1, updated_at = now(),
                       updated_by = excluded.updated_by
                 where (person.display_name, person.email, person.team_id, person.status)
                       is distinct from (excluded.display_name, excluded.email, excluded.team_id, excluded.status)
                returning (xmax = 0)""")
                .setParameter(1, employeeId).setParameter(2, request.displayName()).setParameter(3, request.email())
                .setParameter(4, request.teamId()).setParameter(5, request.status().name()).setParameter(6, caller.id())
                .getResultList();
        if (written.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        return Boolean.TRUE.equals(written.get(0)) ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** All or nothing: one bad entry and none is written. */
    @Transactional
    public BatchReport upsertPeople(BatchRequest batch) {
        Distinct.require("people", batch.people(), BatchPerson::employeeId, ".employeeId");
        int created = 0;
        int updated = 0;
        for (BatchPerson person : batch.people()) {
            switch (upsert(person.employeeId(), person.toRequest())) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> { }
            }
        }
        return new BatchReport(created, updated, batch.people().size() - created - updated);
    }

    /** The person, if the caller may see them; otherwise 404, as for someone who does not exist. */
    public Versioned<PersonResponse> findPerson(String employeeId) {
        return versioned(access.requireVisible(employeeId));
    }

    /** By employee id; managers see only the teams they manage. */
    public Page<PersonResponse> listPeople(String teamId, PageRequest page) {
        Set<String> onlyTeams = caller.hasRole(Roles.HR_ADMIN) ? null : caller.managedTeams();
        var window = pager.open(BY_EMPLOYEE_ID, page, teamId, onlyTeams == null ? null : new TreeSet<>(onlyTeams));
        var where = new StringBuilder("1 = 1");
        var parameters = new HashMap<String, Object>();
        if (teamId != null) {
            where.append(" and teamId = :teamId");
            parameters.put("teamId", teamId);
        }
        if (onlyTeams != null) {
            if (onlyTeams.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            where.append(" and teamId in :onlyTeams");
            parameters.put("onlyTeams", onlyTeams);
        }
        if (!window.isFirstPage()) {
            where.append(" and employeeId > :after");
            parameters.put("after", window.after(EMPLOYEE_ID));
        }
        List<Person> rows = Person.<Person>find(where + " order by employeeId", parameters).page(0, window.fetchSize()).list();
        return window.page(rows, PersonResponse::from);
    }

    private static Versioned<PersonResponse> versioned(Person person) {
        return new Versioned<>(PersonResponse.from(person), person.version);
    }
}
