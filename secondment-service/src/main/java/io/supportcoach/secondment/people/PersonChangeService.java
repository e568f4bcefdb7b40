package io.supportcoach.secondment.people;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.supportcoach.http.inbox.ReportedChanges;
import io.supportcoach.identity.Caller;
import io.supportcoach.persistence.inbox.Receipt;
import io.supportcoach.secondment.placement.PlacementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Acts on what the register of people reports, once per delivery key ({@link ReportedChanges}). */
@ApplicationScoped
public class PersonChangeService {

    /** The register of people is the only source of these changes. */
    static final String REGISTER = "skills-service";
    /** Every change the register reported, kept for good with what it did here. */
    static final String RECEIVED = "received_person_change";
    static final String LEFT_REASON = "left the organisation";
    static final String MOVED_REASON = "changed team";

    private final ReportedChanges reportedChanges;
    private final Caller caller;
    private final PlacementService placements;

    public PersonChangeService(ReportedChanges reportedChanges, Caller caller, PlacementService placements) {
        this.reportedChanges = reportedChanges;
        this.caller = caller;
        this.placements = placements;
    }

    @Transactional
    public PersonChangeResponse receive(String deliveryKey, PersonChangeRequest change) {
        // A key is for one person's one kind of change.
        Receipt receipt = reportedChanges.receive(REGISTER, RECEIVED, deliveryKey, change, () -> apply(change),
                "employeeId", "change");
        return new PersonChangeResponse(change.employeeId(), change.change(), receipt.effects(PersonChangeEffect.class),
                receipt.receivedAt());
    }

    private List<PersonChangeEffect> apply(PersonChangeRequest change) {
        List<PersonChangeEffect> effects = new ArrayList<>();
        if (change.change() == PersonChangeKind.LEFT) {
            LocalDate lastDay = LocalDate.ofInstant(change.changedAt(), ZoneOffset.UTC);
            var released = placements.releaseLeaver(change.employeeId(), lastDay, caller.id(), LEFT_REASON);
            addIf(effects, released.proposalsCancelled(), PersonChangeEffect.PROPOSALS_CANCELLED);
            addIf(effects, released.placementsCancelled(), PersonChangeEffect.PLACEMENTS_CANCELLED);
            addIf(effects, released.placementsEndedEarly(), PersonChangeEffect.PLACEMENTS_ENDED_EARLY);
            addIf(effects, released.changesRejected(), PersonChangeEffect.CHANGES_REJECTED);
        } else {
            addIf(effects, placements.cancelProposalsFromFormerTeam(change.employeeId(), change.teamId(), caller.id(),
                    MOVED_REASON), PersonChangeEffect.PROPOSALS_CANCELLED);
        }
        return effects;
    }

    private static void addIf(List<PersonChangeEffect> effects, int count, PersonChangeEffect effect) {
        if (count > 0) {
            effects.add(effect);
        }
    }
}
