package fi.taitoura.capacity;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TraineeService.PeriodRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee's own self-assessments on their own pages (issue #16): which are due, the questions in plain form, the
 * answers sent by the trainee themself (rater SELF, entered {@link EntryMethod#BY_TRAINEE}), and afterwards the
 * comparison with the coach's rating of the same phase. The coach's rating is never shown before the trainee has
 * answered that phase. Only the trainee answers, only in their own current period
 * ({@code @traineeAccess.mayAnswerOwnPeriod}); reads and changes are audited with ids and codes only.
 * <p>
 * Phases: START is due from the period's first day; END from {@code taitoura.trainee.self-assessment-end-days}
 * (14) days before the period's (planned) end; once END is due an unanswered START is no longer asked. The
 * instruments asked are the capacity instruments already used in the period that let the trainee rate
 * themselves, or, before any, every offered one that does; the inclusion indicator (the 10 statements, with the
 * survey's other parts in the inclusion feature) likewise at START and END.
 */
@Service
public class OwnAssessments {

    /** What is asked: a self-rating of a capacity instrument, or THL's inclusion survey. */
    public enum Kind { SELF_RATING, INCLUSION }

    /** A self-assessment the trainee should answer now. {@code formKey} names it for the trainee's draft. */
    public record Due(Kind kind, Long instrumentId, LocalizedText name, AssessmentPhase phase, String formKey) {
    }

    /** A self-assessment the trainee has answered. */
    public record Answered(Long assessmentId, Kind kind, Long instrumentId, LocalizedText name, AssessmentPhase phase,
                           LocalDate answeredOn) {
    }

    public record Option(int value, LocalizedText label) {
    }

    /** One question: its key (an item id), the group it belongs to (domain), its text and answer options. */
    public record Question(String key, LocalizedText group, LocalizedText text, List<Option> options,
                           boolean mayBeLeftOut) {
    }

    /** A form to answer: the instrument, its phase and the questions in order. */
    public record Form(Long instrumentId, LocalizedText name, LocalizedText description, AssessmentPhase phase,
                       String formKey, List<Question> questions) {
    }

    /** One domain of the comparison: the trainee's and the coach's score (null when not rated). */
    public record DomainScore(LocalizedText domain, Double self, Double coach) {
    }

    /** The trainee's answers beside the coach's rating of the same phase (coach null when not rated yet). */
    public record Comparison(LocalizedText name, AssessmentPhase phase, int minValue, int maxValue,
                             boolean coachRated, List<DomainScore> domains) {
    }

    private final CapacityAssessmentRepository assessments;
    private final InstrumentRepository instruments;
    private final CapacityService capacity;
    private final TraineeService trainees;
    private final TraineeAccounts accounts;
    private final AuditService audit;
    private final int endDays;

    OwnAssessments(CapacityAssessmentRepository assessments, InstrumentRepository instruments,
                   CapacityService capacity, TraineeService trainees, TraineeAccounts accounts, AuditService audit,
                   @Value("${taitoura.trainee.self-assessment-end-days:14}") int endDays) {
        this.assessments = assessments;
        this.instruments = instruments;
        this.capacity = capacity;
        this.trainees = trainees;
        this.accounts = accounts;
        this.audit = audit;
        this.endDays = endDays;
    }

    static String formKey(Kind kind, Instrument instrument, AssessmentPhase phase) {
        return kind == Kind.INCLUSION ? "inclusion:" + phase : "capacity:" + instrument.getCode() + ":" + phase;
    }

    /** The self-assessments the signed-in trainee should answer now in their current period. */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayAnswerOwnPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<Due> due(Long periodId) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        AssessmentPhase phase = phaseNow(p);
        List<Due> due = new ArrayList<>();
        if (phase == null) {
            return due;
        }
        List<CapacityAssessment> capacityDone = assessments.findByPeriodAndKind(periodId, InstrumentKind.CAPACITY);
        for (Instrument i : asked(capacityDone)) {
            if (!answered(capacityDone, i.getCode(), phase)) {
                due.add(new Due(Kind.SELF_RATING, i.getId(), i.getName(), phase, formKey(Kind.SELF_RATING, i, phase)));
            }
        }
        List<CapacityAssessment> inclusionDone = assessments.findByPeriodAndKind(periodId, InstrumentKind.INCLUSION);
        for (Instrument i : instruments.findOffered(InstrumentKind.INCLUSION)) {
            if (i.getRaterMode().allows(Rater.SELF) && !answered(inclusionDone, i.getCode(), phase)) {
                due.add(new Due(Kind.INCLUSION, i.getId(), i.getName(), phase, formKey(Kind.INCLUSION, i, phase)));
            }
        }
        audit.recordRead("OwnAssessmentsDue", periodId, p.traineeId(), AuditDetails.of("count", due.size()));
        return due;
    }

    /** The self-assessments the signed-in trainee has answered in the period (capacity and inclusion), newest first. */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<Answered> answered(Long periodId) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        List<Answered> list = new ArrayList<>();
        for (InstrumentKind kind : InstrumentKind.values()) {
            assessments.findByPeriodAndKind(periodId, kind).stream().filter(a -> a.getRater() == Rater.SELF)
                    .forEach(a -> list.add(new Answered(a.getId(), kind == InstrumentKind.INCLUSION ? Kind.INCLUSION
                            : Kind.SELF_RATING, a.getInstrument().getId(), a.getInstrument().getName(), a.getPhase(),
                            a.getAssessedOn())));
        }
        list.sort(Comparator.comparing(Answered::answeredOn).reversed());
        audit.recordRead(CapacityService.ENTITY, periodId, p.traineeId(), AuditDetails.of("own", list.size()));
        return list;
    }

    /** The questions of a due self-assessment, in the instrument's order. */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayAnswerOwnPeriod(#periodId)")
    @Transactional(readOnly = true)
    public Form form(Long periodId, Long instrumentId, AssessmentPhase phase) {
        Instrument i = askable(periodId, instrumentId, phase);
        List<Option> options = i.getScalePoints().stream().map(s -> new Option(s.getValue(), s.getLabel())).toList();
        List<Question> questions = new ArrayList<>();
        for (InstrumentDomain d : i.getDomains()) {
            for (InstrumentItem item : d.getItems()) {
                questions.add(new Question(String.valueOf(item.getId()), d.getName(), item.getText(), options,
                        i.isAllowNotAssessed()));
            }
        }
        Kind kind = i.getKind() == InstrumentKind.INCLUSION ? Kind.INCLUSION : Kind.SELF_RATING;
        return new Form(i.getId(), i.getName(), i.getDescription(), phase, formKey(kind, i, phase), questions);
    }

    /**
     * Sends the trainee's answers (question key to option value; a question left out is "cannot say" where the
     * instrument allows it). Refused when the phase is not due or already answered (e.g. on another device). The
     * trainee's draft of the form is removed.
     */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayAnswerOwnPeriod(#periodId)")
    @Transactional
    public Answered submit(Long periodId, Long instrumentId, AssessmentPhase phase, Map<String, Integer> answers) {
        Instrument i = askable(periodId, instrumentId, phase);
        PeriodRef p = trainees.readPeriodRef(periodId);
        Map<Long, Integer> byItem = new java.util.HashMap<>();
        answers.forEach((k, v) -> {
            try {
                byItem.put(Long.valueOf(k), v);
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("capacity.error.unknownItem");
            }
        });
        CapacityAssessment saved = capacity.recordOwn(periodId, p.traineeId(), p.startDate(), i, phase, byItem);
        Kind kind = i.getKind() == InstrumentKind.INCLUSION ? Kind.INCLUSION : Kind.SELF_RATING;
        accounts.discardOwnDraft(periodId, formKey(kind, i, phase));
        return new Answered(saved.getId(), kind, i.getId(), i.getName(), phase, saved.getAssessedOn());
    }

    /**
     * The trainee's answers to a capacity self-assessment beside the coach's rating of the same instrument and
     * phase: only after the trainee has answered that phase (their own assessment id), never before.
     */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public Comparison compare(Long periodId, Long ownAssessmentId) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        CapacityAssessment self = assessments.findById(ownAssessmentId)
                .filter(a -> a.getPeriodId().equals(periodId) && a.getRater() == Rater.SELF
                        && a.getInstrument().getKind() == InstrumentKind.CAPACITY)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not own"));
        Instrument instrument = InstrumentService.initialize(self.getInstrument());
        Optional<CapacityAssessment> coach = assessments.findByPeriodAndKind(periodId, InstrumentKind.CAPACITY)
                .stream().filter(a -> a.getRater() == Rater.COACH && a.getPhase() == self.getPhase()
                        && a.getInstrument().getCode().equals(instrument.getCode()))
                .reduce((first, second) -> second);
        Map<String, Double> selfScores = CapacityScoring.domainScores(self);
        Map<String, Double> coachScores = coach.map(CapacityScoring::domainScores).orElse(Map.of());
        List<DomainScore> domains = instrument.getDomains().stream()
                .map(d -> new DomainScore(d.getName(), selfScores.get(d.getKey()), coachScores.get(d.getKey())))
                .toList();
        audit.recordRead(CapacityService.ENTITY, ownAssessmentId, p.traineeId(),
                AuditDetails.of("compare", coach.map(CapacityAssessment::getId).orElse(null)));
        return new Comparison(instrument.getName(), self.getPhase(), instrument.minValue(), instrument.maxValue(),
                coach.isPresent(), domains);
    }

    /** The phase asked today: END in its window before the (planned) end, else START; null before the period. */
    AssessmentPhase phaseNow(PeriodRef p) {
        LocalDate today = Time.today();
        if (today.isBefore(p.startDate())) {
            return null;
        }
        if (p.endDate() != null && !today.isBefore(p.endDate().minusDays(endDays))) {
            return AssessmentPhase.END;
        }
        return AssessmentPhase.START;
    }

    private Instrument askable(Long periodId, Long instrumentId, AssessmentPhase phase) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        Instrument i = instruments.findById(instrumentId).map(InstrumentService::initialize)
                .orElseThrow(() -> new BusinessRuleException("capacity.error.instrument"));
        if (phase != phaseNow(p) || !i.isCurrentVersion() || !i.isActive() || !i.getRaterMode().allows(Rater.SELF)) {
            throw new BusinessRuleException("me.assess.error.notDue");
        }
        List<CapacityAssessment> done = assessments.findByPeriodAndKind(periodId, i.getKind());
        if (i.getKind() == InstrumentKind.CAPACITY && asked(done).stream().noneMatch(x -> x.getId().equals(i.getId()))) {
            throw new BusinessRuleException("me.assess.error.notDue");
        }
        if (answered(done, i.getCode(), phase)) {
            throw new BusinessRuleException("me.assess.error.answered");
        }
        return i;
    }

    /** The capacity instruments asked of the trainee in the period. */
    private List<Instrument> asked(List<CapacityAssessment> done) {
        List<Instrument> offered = instruments.findOffered(InstrumentKind.CAPACITY).stream()
                .filter(i -> i.getRaterMode().allows(Rater.SELF)).toList();
        Set<String> used = new LinkedHashSet<>();
        done.forEach(a -> used.add(a.getInstrument().getCode()));
        List<Instrument> inUse = offered.stream().filter(i -> used.contains(i.getCode())).toList();
        return inUse.isEmpty() ? offered : inUse;
    }

    private static boolean answered(List<CapacityAssessment> done, String code, AssessmentPhase phase) {
        return done.stream().anyMatch(a -> a.getRater() == Rater.SELF && a.getPhase() == phase
                && a.getInstrument().getCode().equals(code));
    }
}
