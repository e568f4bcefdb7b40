package io.supportcoach.skills.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.supportcoach.http.paging.CursorCodec;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Keeps the register of people in step with the HR system, which is its source of truth. */
@ApplicationScoped
public class PeopleService {

    /** What one upsert did to the register. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final EntityManager entityManager;
    private final CursorCodec cursors;

    public PeopleService(EntityManager entityManager, CursorCodec cursors) {
        this.entityManager = entityManager;
        this.cursors = cursors;
    }

    /**
     * Inserts or updates in one statement, so two HR calls for the same new person cannot collide; the
     * version moves only when something really changed.
     */
    @Transactional
    public Outcome upsertPerson(String employeeId, PersonRequest request, String caller) {
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
                .setParameter(4, request.teamId()).setParameter(5, request.status().name()).setParameter(6, caller)
                .getResultList();
        if (written.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        return Boolean.TRUE.equals(written.get(0)) ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** All or nothing: one bad entry and none is written. */
    @Transactional
    public BatchReport upsertPeople(BatchRequest batch, String caller) {
        Set<String> seen = new HashSet<>();
        List<FieldError> duplicates = new ArrayList<>();
        for (int i = 0; i < batch.people().size(); i++) {
            if (!seen.add(batch.people().get(i).employeeId())) {
                duplicates.add(new FieldError("people[" + i + "].employeeId", "DUPLICATE", "appears earlier in the batch"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw ProblemException.invalidFields(duplicates);
        }
        int created = 0;
        int updated = 0;
        for (BatchPerson person : batch.people()) {
            switch (upsertPerson(person.employeeId(), person.toRequest(), caller)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> { }
            }
        }
        return new BatchReport(created, updated, batch.people().size() - created - updated);
    }

    @Transactional
    public Person findPerson(String employeeId) {
        return Person.findById(employeeId);
    }

    /** By employee id; managers see only the teams they manage. */
    @Transactional
    public Page<PersonResponse> listPeople(String teamId, Set<String> onlyTeams, PageRequest page) {
        String scope = "people\u0000" + teamId + "\u0000" + String.join(",", new java.util.TreeSet<>(onlyTeams == null ? Set.of() : onlyTeams));
        var where = new StringBuilder("1 = 1");
        var parameters = new java.util.HashMap<String, Object>();
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
        if (page.cursor() != null) {
            where.append(" and employeeId > :after");
            parameters.put("after", cursors.decode(scope, page.cursor()).get("employeeId"));
        }
        List<Person> rows = Person.<Person>find(where + " order by employeeId", parameters).page(0, page.limit() + 1).list();
        return Page.of(rows, page.limit(), PersonResponse::from,
                last -> cursors.encode(scope, Map.of("employeeId", last.employeeId)));
    }
}
