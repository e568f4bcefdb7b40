package io.supportcoach.coaching.people;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.supportcoach.coaching.client.SkillsServiceClient;
import io.supportcoach.coaching.client.SkillsServiceClient.RegisteredPerson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The register entries of the people this service books sessions for, kept here (table {@code known_person}) so that
 * booking someone booked before waits for no other service. skills-service reports every leaver and team move as it
 * happens; between those reports an entry stays true, and it is trusted for {@code suite.known-people.trusted-for}
 * after the moment it describes, in case a report went astray. Someone who left is asked about again every time,
 * because the register takes people back without reporting it; so is anyone unknown, because they may have just
 * joined.
 */
@ApplicationScoped
public class KnownPeople {

    private static final String WRITE = "insert into known_person (employee_id, team_id, has_left, as_of)"
            + " values (:employeeId, :teamId, :hasLeft, :asOf) on conflict (employee_id) do update"
            + " set team_id = excluded.team_id, has_left = excluded.has_left, as_of = excluded.as_of"
            + " where known_person.as_of < excluded.as_of";
    /**
     * How much earlier than its question an answer is dated. skills-service dates a change just before its
     * transaction commits, on its own clock, so an answer to a question asked a moment after that date may not show
     * the change yet; dated this much earlier, it loses to the change's report whenever the two disagree.
     */
    private static final Duration ANSWER_DATED_BACK = Duration.ofMinutes(1);

    private final EntityManager entityManager;
    private final SkillsServiceClient skillsService;
    private final Duration trustedFor;

    public KnownPeople(EntityManager entityManager, SkillsServiceClient skillsService,
            @ConfigProperty(name = "suite.known-people.trusted-for") Duration trustedFor) {
        this.entityManager = entityManager;
        this.skillsService = skillsService;
        this.trustedFor = trustedFor;
    }

    /**
     * The register entry of each of these people that the register has, from this service's copy where it is trusted
     * and from skills-service otherwise (one call per person, outside any transaction). Called before a booking's
     * transaction begins, so no database connection waits on another service.
     */
    public Map<String, RegisteredPerson> entriesOf(List<String> employeeIds) {
        Map<String, RegisteredPerson> entries = trustedFor.isZero() ? new HashMap<>() : trustedEntries(employeeIds);
        for (String employeeId : employeeIds) {
            if (entries.containsKey(employeeId)) {
                continue;
            }
            Instant asOf = Instant.now().minus(ANSWER_DATED_BACK);
            Optional<RegisteredPerson> answer = skillsService.findPerson(employeeId);
            answer.ifPresent(person -> {
                entries.put(employeeId, person);
                if (!trustedFor.isZero()) {
                    QuarkusTransaction.requiringNew().run(() -> write(person, asOf));
                }
            });
        }
        return entries;
    }

    /** What skills-service reported, kept unless the copy already holds something newer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reported(PersonChangeRequest change) {
        write(new RegisteredPerson(change.employeeId(), change.teamId(), change.change() == PersonChangeKind.LEFT),
                change.changedAt());
    }

    private Map<String, RegisteredPerson> trustedEntries(List<String> employeeIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select employee_id, team_id from known_person"
                        + " where employee_id in (:employeeIds) and not has_left and as_of > :trustedSince")
                .setParameter("employeeIds", employeeIds)
                .setParameter("trustedSince", Timestamp.from(Instant.now().minus(trustedFor)))
                .getResultList();
        Map<String, RegisteredPerson> entries = new HashMap<>();
        for (Object[] row : rows) {
            entries.put((String) row[0], new RegisteredPerson((String) row[0], (String) row[1], false));
        }
        return entries;
    }

    private void write(RegisteredPerson person, Instant asOf) {
        entityManager.createNativeQuery(WRITE)
                .setParameter("employeeId", person.employeeId())
                .setParameter("teamId", person.teamId())
                .setParameter("hasLeft", person.left())
                .setParameter("asOf", Timestamp.from(asOf))
                .executeUpdate();
    }
}
