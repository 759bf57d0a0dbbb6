package fi.taitoura.trainee;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.workplace.WorkplaceService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainee records that share a personal identity code (issue 12, finding 5). Entering a code that another trainee
 * has is not refused (a refusal told any coach that the person is a client somewhere); the attempt is audited and
 * an administrator of the organisation links the records here: the newer record's periods, cards and the other
 * features' rows move to the older one and the newer record is removed. Records of different organisations are
 * separate client registers and are never linked.
 */
@Service
public class TraineeDuplicateService {

    private final TraineeRepository trainees;
    private final TrainingPeriodRepository periods;
    private final TraineeCardRepository cards;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final WorkplaceService workplaces;

    TraineeDuplicateService(TraineeRepository trainees, TrainingPeriodRepository periods, TraineeCardRepository cards,
                            CurrentUser currentUser, AuditService audit, ApplicationEventPublisher events,
                            WorkplaceService workplaces) {
        this.trainees = trainees;
        this.periods = periods;
        this.cards = cards;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.workplaces = workplaces;
    }

    /** One record of a duplicate group, with what an administrator needs to decide (no personal details). */
    public record DuplicateRecord(Long traineeId, String organisation, Instant created, int periods,
                                  LocalDate lastPeriodStart) {
    }

    /** Records in one organisation sharing one personal identity code, oldest first. */
    public record DuplicateGroup(List<DuplicateRecord> records) {
    }

    /** Called by {@link TraineeService} when a saved code matches another record the user cannot see. */
    void suspected(Long traineeId, Long otherId) {
        audit.recordChange(AuditAction.CREATE, "TraineeDuplicate", otherId, traineeId,
                AuditDetails.of("what", "duplicateSuspected", "other", otherId));
    }

    /** The duplicate groups within the administrator's organisation (all, for an administrator without one). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DuplicateGroup> findGroups() {
        Long org = currentUser.organisationId().orElse(null);
        List<DuplicateGroup> groups = new ArrayList<>();
        for (Object[] key : trainees.findDuplicateHashes()) {
            String hash = (String) key[0];
            Long orgId = (Long) key[1];
            if (org != null && !org.equals(orgId)) {
                continue;
            }
            String organisation = workplaces.findPublicOrganisation(orgId)
                    .map(WorkplaceService.PublicOrganisation::name).orElse(null);
            List<DuplicateRecord> records = trainees.findByPersonalIdHashAndOrganisationId(hash, orgId).stream()
                    .sorted(Comparator.comparing(Trainee::getCreatedAt).thenComparing(Trainee::getId))
                    .map(t -> {
                        List<TrainingPeriod> ps = periods.findByTraineeIdOrderByStartDateDesc(t.getId());
                        return new DuplicateRecord(t.getId(), organisation, t.getCreatedAt(),
                                ps.size(), ps.isEmpty() ? null : ps.get(0).getStartDate());
                    }).toList();
            groups.add(new DuplicateGroup(records));
        }
        audit.recordListRead("TraineeDuplicate", groups.stream().flatMap(g -> g.records().stream())
                .map(DuplicateRecord::traineeId).toList(), null);
        return groups;
    }

    /** Links {@code mergedId} into {@code keptId}: same code, same organisation, else refused. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void link(Long keptId, Long mergedId) {
        Trainee kept = trainees.findById(keptId).orElseThrow();
        Trainee merged = trainees.findById(mergedId).orElseThrow();
        Long org = currentUser.organisationId().orElse(null);
        if (keptId.equals(mergedId) || kept.getPersonalIdHash() == null
                || !kept.getPersonalIdHash().equals(merged.getPersonalIdHash())
                || !Objects.equals(trainees.findOrganisationId(keptId), trainees.findOrganisationId(mergedId))
                || (org != null && !org.equals(trainees.findOrganisationId(keptId)))) {
            audit.recordRefused("TraineeDuplicate", mergedId, keptId);
            throw new BusinessRuleException("duplicates.error.notDuplicates");
        }
        for (TrainingPeriod p : periods.findByTraineeIdOrderByStartDateDesc(mergedId)) {
            p.setTrainee(kept);
        }
        for (TraineeCard c : cards.findByTraineeIdOrderByIssuedOnDesc(mergedId)) {
            c.setTrainee(kept);
        }
        if (kept.getPhone() == null) {
            kept.setPhone(merged.getPhone());
        }
        if (kept.getEmail() == null) {
            kept.setEmail(merged.getEmail());
        }
        if (kept.getAddress() == null) {
            kept.setAddress(merged.getAddress());
        }
        if (kept.getLanguages() == null) {
            kept.setLanguages(merged.getLanguages());
        }
        if (kept.getSupportNeeds() == null) {
            kept.setSupportNeeds(merged.getSupportNeeds());
        }
        periods.flush();
        cards.flush();
        events.publishEvent(new TraineesMergedEvent(keptId, mergedId));
        trainees.delete(merged);
        trainees.flush();
        audit.recordChange(AuditAction.UPDATE, "Trainee", keptId, keptId,
                AuditDetails.of("what", "duplicateLinked", "merged", mergedId));
        audit.recordChange(AuditAction.DELETE, "Trainee", mergedId, keptId,
                AuditDetails.of("what", "duplicateLinked", "kept", keptId));
        Objects.requireNonNull(kept);
    }
}
