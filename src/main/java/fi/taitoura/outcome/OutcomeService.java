package fi.taitoura.outcome;

import fi.taitoura.base.time.Time;
import fi.taitoura.employment.Outcome;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.outcome.OutcomeRecords.Access;
import fi.taitoura.outcome.OutcomeRecords.Contact;
import fi.taitoura.outcome.OutcomeRecords.ContactInput;
import fi.taitoura.outcome.OutcomeRecords.DueFollowUp;
import fi.taitoura.outcome.OutcomeRecords.OutcomeDetails;
import fi.taitoura.outcome.OutcomeRecords.OutcomeInput;
import fi.taitoura.outcome.OutcomeRecords.StatusInput;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TraineeService.PeriodHeading;
import fi.taitoura.user.UserService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes of training periods and the after-support of about three months (LITE). The outcome is recorded by the
 * period's coaches or career agent when the period has ended; with the trainee's consent a follow-up window opens,
 * in which contacts and the status at three months are recorded; the reminder list shows whose three-month point is
 * near or past. Access follows the period ({@link TraineeService}); every read and change is audited, without the
 * notes' text.
 */
@Service
public class OutcomeService {

    /** The after-support lasts about three months (LITE). */
    public static final int FOLLOW_UP_MONTHS = 3;
    /** The reminder list shows a follow-up from this many days before its three-month point. */
    public static final int REMINDER_DAYS = 14;
    static final int MAX_NOTE = 1000;

    private final PeriodOutcomeRepository outcomes;
    private final FollowUpContactRepository contacts;
    private final TraineeService trainees;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;

    OutcomeService(PeriodOutcomeRepository outcomes, FollowUpContactRepository contacts, TraineeService trainees,
                   UserService users, CurrentUser currentUser, AuditService audit) {
        this.outcomes = outcomes;
        this.contacts = contacts;
        this.trainees = trainees;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** What the signed-in user may do with the period's outcome: read it, record it, see contacts and notes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Access access(Long periodId) {
        trainees.readPeriodRef(periodId);
        boolean write = trainees.canWritePeriod(periodId);
        boolean details = write || currentUser.hasRole(fi.taitoura.security.Role.TEAM_LEAD);
        return new Access(true, write, details);
    }

    /** The period's outcome, if recorded; the read is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<OutcomeDetails> find(Long periodId) {
        trainees.readPeriodRef(periodId);
        PeriodHeading p = heading(periodId);
        Optional<PeriodOutcome> o = outcomes.findByPeriodId(periodId);
        o.ifPresent(x -> audit.recordRead("PeriodOutcome", x.getId(), x.getTraineeId(), null));
        boolean details = trainees.canWritePeriod(periodId)
                || currentUser.hasRole(fi.taitoura.security.Role.TEAM_LEAD);
        return o.map(x -> details(x, p.endDate(), details));
    }

    /**
     * Records or corrects the outcome of a period that has ended (its end date set, not in the future). An
     * interruption needs its reason. With consent the follow-up window opens; without it, it closes.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public OutcomeDetails record(Long periodId, OutcomeInput in) {
        PeriodHeading p = writableHeading(periodId);
        if (p.endDate() == null || p.endDate().isAfter(Time.today())) {
            throw new BusinessRuleException("outcome.error.notEnded");
        }
        if (in.outcome() == null) {
            throw new BusinessRuleException("outcome.error.outcome");
        }
        if (in.outcome() == Outcome.INTERRUPTED && in.interruptionReason() == null) {
            throw new BusinessRuleException("outcome.error.reason");
        }
        String note = checkNote(in.note());
        Optional<PeriodOutcome> existing = outcomes.findByPeriodId(periodId);
        PeriodOutcome o;
        Map<String, Object> before = Map.of();
        if (existing.isPresent()) {
            o = existing.get();
            if (in.expectedVersion() == null || o.getVersion() != in.expectedVersion()) {
                throw new ConcurrentEditException("PeriodOutcome", o.getId());
            }
            before = describe(o);
        } else {
            if (in.expectedVersion() != null) {
                throw new ConcurrentEditException("PeriodOutcome", null);
            }
            o = new PeriodOutcome(periodId, p.traineeId());
        }
        o.setOutcome(in.outcome());
        o.setInterruptionReason(in.outcome() == Outcome.INTERRUPTED ? in.interruptionReason() : null);
        o.setNote(note);
        o.setFollowUpConsent(in.followUpConsent());
        if (!in.followUpConsent()) {
            o.setFollowUpState(FollowUpState.NONE);
        } else if (o.getFollowUpState() == FollowUpState.NONE) {
            o.setFollowUpState(FollowUpState.OPEN);
        }
        o.setRecordedBy(currentUser.requireId());
        PeriodOutcome saved = outcomes.saveAndFlush(o);
        audit.recordChange(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, "PeriodOutcome",
                saved.getId(), saved.getTraineeId(), AuditService.describeChanges(before, describe(saved)));
        return details(saved, p.endDate(), true);
    }

    /** Adds a contact of the after-support (only while the trainee consents to it). */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public Contact addContact(Long periodId, ContactInput in) {
        PeriodHeading p = writableHeading(periodId);
        PeriodOutcome o = outcomes.findByPeriodId(periodId)
                .orElseThrow(() -> new BusinessRuleException("outcome.error.noOutcome"));
        if (!o.isFollowUpConsent()) {
            throw new BusinessRuleException("outcome.error.noConsent");
        }
        if (in.kind() == null) {
            throw new BusinessRuleException("outcome.error.contactKind");
        }
        checkDate(in.on(), p.endDate());
        FollowUpContact c = contacts.saveAndFlush(new FollowUpContact(o.getId(), in.on(), in.kind(), in.reached(),
                checkNote(in.note()), currentUser.requireId()));
        audit.recordChange(AuditAction.CREATE, "FollowUpContact", c.getId(), o.getTraineeId(),
                AuditDetails.of("period", periodId, "kind", c.getKind(), "on", c.getContactOn(),
                        "reached", c.isReached()));
        return toContact(c, Map.of());
    }

    /** Records the status of the after-support: the status at three months (DONE), or that it closed otherwise. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public OutcomeDetails recordStatus(Long periodId, StatusInput in) {
        PeriodHeading p = writableHeading(periodId);
        PeriodOutcome o = outcomes.findByPeriodId(periodId)
                .orElseThrow(() -> new BusinessRuleException("outcome.error.noOutcome"));
        if (o.getVersion() != in.expectedVersion()) {
            throw new ConcurrentEditException("PeriodOutcome", o.getId());
        }
        if (!o.isFollowUpConsent()) {
            throw new BusinessRuleException("outcome.error.noConsent");
        }
        if (in.state() == null || in.state() == FollowUpState.NONE) {
            throw new BusinessRuleException("outcome.error.state");
        }
        Map<String, Object> before = describe(o);
        if (in.state() == FollowUpState.OPEN) {
            o.setStatus3m(null);
            o.setStatus3mOn(null);
        } else {
            checkDate(in.on(), p.endDate());
            if (in.state() == FollowUpState.DONE && (in.status() == null || in.status() == Outcome.INTERRUPTED)) {
                throw new BusinessRuleException("outcome.error.status");
            }
            o.setStatus3m(in.state() == FollowUpState.DONE ? in.status() : null);
            o.setStatus3mOn(in.on());
        }
        o.setStatus3mNote(checkNote(in.note()));
        o.setFollowUpState(in.state());
        PeriodOutcome saved = outcomes.saveAndFlush(o);
        audit.recordChange(AuditAction.UPDATE, "PeriodOutcome", saved.getId(), saved.getTraineeId(),
                AuditService.describeChanges(before, describe(saved)));
        return details(saved, p.endDate(), true);
    }

    /**
     * The open after-supports of the periods the signed-in user records (coach, career agent), the nearest
     * three-month point first. The list read is audited.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional(readOnly = true)
    public List<DueFollowUp> openFollowUps() {
        List<Long> writable = trainees.findWritablePeriodIds();
        if (writable.isEmpty()) {
            return List.of();
        }
        List<PeriodOutcome> open = outcomes.findByPeriodIdInAndFollowUpState(writable, FollowUpState.OPEN);
        Map<Long, PeriodHeading> mine = trainees.periodHeadings(open.stream().map(PeriodOutcome::getPeriodId)
                .collect(Collectors.toSet()));
        Map<Long, List<FollowUpContact>> byOutcome = contacts.findByOutcomeIdIn(
                        open.stream().map(PeriodOutcome::getId).toList()).stream()
                .collect(Collectors.groupingBy(FollowUpContact::getOutcomeId));
        List<DueFollowUp> list = new ArrayList<>();
        for (PeriodOutcome o : open) {
            PeriodHeading p = mine.get(o.getPeriodId());
            if (p == null || p.endDate() == null) {
                continue;
            }
            List<FollowUpContact> cs = byOutcome.getOrDefault(o.getId(), List.of());
            LocalDate last = cs.stream().map(FollowUpContact::getContactOn).max(Comparator.naturalOrder())
                    .orElse(null);
            list.add(new DueFollowUp(p.periodId(), p.traineeId(), p.traineeName(), p.workUnitName(), p.endDate(),
                    p.endDate().plusMonths(FOLLOW_UP_MONTHS), cs.size(), last));
        }
        list.sort(Comparator.comparing(DueFollowUp::dueOn).thenComparing(DueFollowUp::traineeName));
        audit.recordListRead("FollowUpList", list.stream().map(DueFollowUp::traineeId).toList(), null);
        return list;
    }

    // ------------------------------------------------------------------ helpers

    private static String checkNote(String note) {
        String n = blankToNull(note);
        if (n != null && n.length() > MAX_NOTE) {
            throw new BusinessRuleException("validation.maxLength", MAX_NOTE);
        }
        return n;
    }

    private PeriodHeading heading(Long periodId) {
        return trainees.periodHeadings(List.of(periodId)).get(periodId);
    }

    /** The period, refused (and the refusal audited) unless the signed-in user may record in it. */
    private PeriodHeading writableHeading(Long periodId) {
        trainees.writablePeriodRef(periodId);
        return heading(periodId);
    }

    private static void checkDate(LocalDate on, LocalDate periodEnd) {
        if (on == null) {
            throw new BusinessRuleException("outcome.error.date");
        }
        if (on.isAfter(Time.today()) || (periodEnd != null && on.isBefore(periodEnd))) {
            throw new BusinessRuleException("outcome.error.dateRange");
        }
    }

    private OutcomeDetails details(PeriodOutcome o, LocalDate end, boolean details) {
        List<Contact> list = List.of();
        if (details) {
            List<FollowUpContact> cs = contacts.findByOutcomeIdOrderByContactOnDescIdDesc(o.getId());
            Map<Long, String> names = users.findNames(cs.stream().map(FollowUpContact::getRecordedBy)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            list = cs.stream().map(c -> toContact(c, names)).toList();
        }
        return new OutcomeDetails(o.getId(), o.getVersion(), o.getPeriodId(), end, o.getOutcome(),
                o.getInterruptionReason(), details ? o.getNote() : null, o.isFollowUpConsent(), o.getFollowUpState(),
                end == null ? null : end.plusMonths(FOLLOW_UP_MONTHS), o.getStatus3m(), o.getStatus3mOn(),
                details ? o.getStatus3mNote() : null, list);
    }

    private static Contact toContact(FollowUpContact c, Map<Long, String> names) {
        return new Contact(c.getId(), c.getContactOn(), c.getKind(), c.isReached(), c.getNote(),
                c.getRecordedBy() == null ? "" : names.getOrDefault(c.getRecordedBy(), ""));
    }

    /** Audit details: categories, states and dates; notes only as "changed", never their text. */
    private static Map<String, Object> describe(PeriodOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", o.getPeriodId());
        m.put("outcome", o.getOutcome());
        m.put("interruptionReason", o.getInterruptionReason());
        m.put("note", length(o.getNote()));
        m.put("followUpConsent", o.isFollowUpConsent());
        m.put("followUpState", o.getFollowUpState());
        m.put("status3m", o.getStatus3m());
        m.put("status3mOn", o.getStatus3mOn());
        m.put("status3mNote", length(o.getStatus3mNote()));
        return m;
    }

    private static String length(String note) {
        return note == null ? null : note.length() + " characters";
    }
}
