package fi.taitoura.capacity;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.base.chart.ChartRenderer;
import fi.taitoura.base.chart.LineChart;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.capacity.PeriodCapacityChange.DomainChange;
import fi.taitoura.capacity.PeriodCapacityChange.InstrumentChange;
import fi.taitoura.capacity.PeriodCapacityChange.RaterChange;
import fi.taitoura.capacity.PeriodCapacityChange.ScorePoint;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.PeriodDetails;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work and functional capacity assessments of training periods, and the trainee's Osallisuusindikaattori answers.
 * <p>
 * Access, on top of {@link TraineeService}'s rules for the period: the period's coaches and career agent record and
 * see assessments, and a team lead sees them; a case worker who referred the trainee sees only the change
 * ({@link #periodCapacityChange}) and its chart. Inclusion answers are seen only by those who record them (to
 * correct what they entered) and never appear in {@link #periodCapacityChange} or any summary: they are reported
 * per group by {@link InclusionReportService}. Every read and change is written to the audit log.
 */
@Service
public class CapacityService {

    static final int MAX_COMMENT = 2000;
    static final String ENTITY = "CapacityAssessment";
    static final String INCLUSION_ENTITY = "InclusionResponse";

    private final CapacityAssessmentRepository assessments;
    private final InstrumentRepository instruments;
    private final TraineeService trainees;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TranslationProvider translations;

    CapacityService(CapacityAssessmentRepository assessments, InstrumentRepository instruments,
                    TraineeService trainees, UserService users, CurrentUser currentUser, AuditService audit,
                    TranslationProvider translations) {
        this.assessments = assessments;
        this.instruments = instruments;
        this.trainees = trainees;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.translations = translations;
    }

    // ------------------------------------------------------------------ access

    /** What the signed-in user may do with a period's capacity data. */
    public record PeriodAccess(PeriodDetails period, boolean details, boolean record) {
    }

    /**
     * The period with what the signed-in user may do: see the change and chart (everyone who may see the period),
     * see the individual assessments ({@code details}) and record them ({@code record}). Throws
     * {@link AccessDeniedException} when the user may not see the period at all. The read is audited.
     */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public PeriodAccess access(Long periodId) {
        PeriodDetails p = trainees.readPeriod(periodId);
        boolean record = trainees.canWrite(p);
        boolean details = record || currentUser.hasRole(Role.TEAM_LEAD);
        return new PeriodAccess(p, details, record);
    }

    private PeriodDetails requireDetails(Long periodId) {
        PeriodAccess access = access(periodId);
        if (!access.details()) {
            throw new AccessDeniedException("Capacity assessments are not shown to this user");
        }
        return access.period();
    }

    // ------------------------------------------------------------------ reads

    /**
     * The period's capacity assessments (not the inclusion answers), oldest first, with their instruments and
     * answers loaded. For the period's coaches, career agent and team lead; a case worker is refused.
     */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<CapacityAssessment> findAssessments(Long periodId) {
        PeriodDetails p = requireDetails(periodId);
        List<CapacityAssessment> list = load(periodId, InstrumentKind.CAPACITY);
        audit.recordRead(ENTITY, periodId, p.traineeId(), AuditDetails.of("period", periodId, "count",
                list.size()));
        return list;
    }

    /**
     * The trainee's Osallisuusindikaattori answers in the period, for those who record them (the period's coaches
     * and career agent) to check and correct what was entered. Nobody else gets an individual's inclusion answers.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<CapacityAssessment> findInclusionResponses(Long periodId) {
        PeriodDetails p = trainees.writablePeriod(periodId);
        List<CapacityAssessment> list = load(periodId, InstrumentKind.INCLUSION);
        audit.recordRead(INCLUSION_ENTITY, periodId, p.traineeId(), AuditDetails.of("period", periodId,
                "count", list.size()));
        return list;
    }

    /**
     * How the trainee's capacity changed in the period: per capacity instrument and domain, the coach's and the
     * self-assessment scores over time, start, end and change. Excludes the Osallisuusindikaattori. For everyone
     * who may see the period, including the referring case worker; this is what the end-of-period summary uses.
     */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public PeriodCapacityChange periodCapacityChange(Long periodId) {
        PeriodDetails p = trainees.readPeriod(periodId);
        PeriodCapacityChange change = change(p, load(periodId, InstrumentKind.CAPACITY));
        audit.recordRead("CapacityChange", periodId, p.traineeId(), AuditDetails.of("period", periodId));
        return change;
    }

    /**
     * The change chart of one instrument as PNG (e.g. for the end-of-period summary PDF): one panel per domain,
     * the coach's ratings and the self-assessments as two lines. Same access as {@link #periodCapacityChange}.
     *
     * @param scale 1 for the screen, 2 or more for print
     */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public byte[] renderCapacityChartPng(Long periodId, String instrumentCode, Locale locale, double scale) {
        InstrumentChange instrument = periodCapacityChange(periodId).instruments().stream()
                .filter(i -> i.code().equals(instrumentCode)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("capacity.error.noAssessments"));
        return ChartRenderer.toPng(chartPanels(instrument, locale), CHART_COLUMNS, PANEL_WIDTH, PANEL_HEIGHT, scale,
                locale);
    }

    /** Columns and panel size of the change chart, shared by the screen and documents. */
    public static final int CHART_COLUMNS = 2;
    public static final int PANEL_WIDTH = 380;
    public static final int PANEL_HEIGHT = 230;

    /** The change chart of an instrument as SVG, for the screen. */
    public String renderChartSvg(InstrumentChange instrument, Locale locale) {
        return ChartRenderer.toSvg(chartPanels(instrument, locale), CHART_COLUMNS, PANEL_WIDTH, PANEL_HEIGHT, locale);
    }

    /** One panel per domain with the coach's and the self-assessment series. */
    public List<LineChart> chartPanels(InstrumentChange instrument, Locale locale) {
        String coach = translations.getTranslation("capacity.rater.coachSeries", locale);
        String self = translations.getTranslation("capacity.rater.selfSeries", locale);
        return instrument.domains().stream().map(d -> new LineChart(d.name().in(locale), "", instrument.minValue(),
                instrument.maxValue(), List.of(
                new LineChart.Series(coach, false, points(d.coach())),
                new LineChart.Series(self, true, points(d.self()))))).toList();
    }

    private static List<LineChart.Point> points(RaterChange change) {
        return change.series().stream().map(s -> new LineChart.Point(s.date(), s.score())).toList();
    }

    List<CapacityAssessment> load(Long periodId, InstrumentKind kind) {
        List<CapacityAssessment> list = assessments.findByPeriodAndKind(periodId, kind);
        list.forEach(a -> {
            InstrumentService.initialize(a.getInstrument());
            a.getAnswers().size();
        });
        return list;
    }

    /** Builds the change from a period's capacity assessments (oldest first). */
    static PeriodCapacityChange change(PeriodDetails p, List<CapacityAssessment> list) {
        Map<String, List<CapacityAssessment>> byCode = list.stream().collect(Collectors.groupingBy(
                a -> a.getInstrument().getCode(), LinkedHashMap::new, Collectors.toList()));
        List<InstrumentChange> result = new ArrayList<>();
        for (var entry : byCode.entrySet()) {
            List<CapacityAssessment> ofInstrument = entry.getValue();
            Instrument newest = ofInstrument.stream().map(CapacityAssessment::getInstrument)
                    .max(Comparator.comparingInt(Instrument::getInstrumentVersion)).orElseThrow();
            // Domains in the newest version's order, then any only in older versions.
            Map<String, InstrumentDomain> domains = new LinkedHashMap<>();
            newest.getDomains().forEach(d -> domains.put(d.getKey(), d));
            ofInstrument.stream().map(CapacityAssessment::getInstrument).distinct()
                    .flatMap(i -> i.getDomains().stream()).forEach(d -> domains.putIfAbsent(d.getKey(), d));
            List<DomainChange> domainChanges = new ArrayList<>();
            for (InstrumentDomain d : domains.values()) {
                domainChanges.add(new DomainChange(d.getKey(), d.getName(),
                        raterChange(ofInstrument, Rater.COACH, d.getKey()),
                        raterChange(ofInstrument, Rater.SELF, d.getKey())));
            }
            int min = ofInstrument.stream().mapToInt(a -> a.getInstrument().minValue()).min().orElse(0);
            int max = ofInstrument.stream().mapToInt(a -> a.getInstrument().maxValue()).max().orElse(0);
            result.add(new InstrumentChange(entry.getKey(), newest.getName(), newest.isExample(), min, max,
                    domainChanges));
        }
        return new PeriodCapacityChange(p.periodId(), p.traineeId(), result);
    }

    private static RaterChange raterChange(List<CapacityAssessment> list, Rater rater, String domainKey) {
        List<ScorePoint> series = new ArrayList<>();
        for (CapacityAssessment a : list) {
            if (a.getRater() != rater) {
                continue;
            }
            Double score = CapacityScoring.domainScores(a).get(domainKey);
            if (score != null) {
                series.add(new ScorePoint(a.getAssessedOn(), a.getPhase(), score));
            }
        }
        series.sort(Comparator.comparing(ScorePoint::date));
        if (series.isEmpty()) {
            return new RaterChange(List.of(), null, null);
        }
        ScorePoint start = series.stream().filter(s -> s.phase() == AssessmentPhase.START).findFirst()
                .orElse(series.get(0));
        ScorePoint end = series.reversed().stream().filter(s -> s.phase() == AssessmentPhase.END).findFirst()
                .orElse(series.get(series.size() - 1));
        if (end == start || end.date().isBefore(start.date())) {
            end = null;
        }
        return new RaterChange(List.copyOf(series), start, end);
    }

    // ------------------------------------------------------------------ changes

    /**
     * Records an assessment (a capacity instrument or the Osallisuusindikaattori) for the period. The signed-in
     * user is recorded as the one who entered it; {@code rater} says whose rating it is.
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional
    public CapacityAssessment record(Long periodId, AssessmentInput input) {
        PeriodDetails p = trainees.writablePeriod(periodId);
        if (input.entryMethod() == EntryMethod.BY_TRAINEE) {
            throw new BusinessRuleException("capacity.error.entryMethod");
        }
        if (input.instrumentId() == null) {
            throw new BusinessRuleException("capacity.error.instrument");
        }
        Instrument instrument = InstrumentService.initialize(instruments.findById(input.instrumentId())
                .orElseThrow(() -> new BusinessRuleException("capacity.error.instrument")));
        if (!instrument.isCurrentVersion() || !instrument.isActive()) {
            throw new BusinessRuleException("capacity.error.instrumentNotOffered", instrument.getName().getFi());
        }
        CapacityAssessment a = new CapacityAssessment(periodId, instrument);
        apply(p, a, input, null);
        a.setEnteredById(currentUser.requireId());
        CapacityAssessment saved = assessments.saveAndFlush(a);
        audit.recordChange(AuditAction.CREATE, entity(instrument), saved.getId(), p.traineeId(),
                AuditService.describeChanges(Map.of(), describe(saved)));
        return saved;
    }

    /**
     * Records the signed-in trainee's own answers (issue #16): rater SELF, entered BY_TRAINEE, today. For
     * {@link OwnAssessments}, which checks who may answer.
     */
    CapacityAssessment recordOwn(Long periodId, Long traineeId, LocalDate periodStart, Instrument instrument,
                                 AssessmentPhase phase, Map<Long, Integer> answers) {
        CapacityAssessment a = new CapacityAssessment(periodId, instrument);
        apply(periodId, periodStart, a, new AssessmentInput(instrument.getId(), phase,
                Time.today(), Rater.SELF, EntryMethod.BY_TRAINEE, answers,
                null), null);
        a.setEnteredById(currentUser.requireId());
        CapacityAssessment saved = assessments.saveAndFlush(a);
        audit.recordChange(AuditAction.CREATE, entity(instrument), saved.getId(), traineeId,
                AuditService.describeChanges(Map.of(), describe(saved)));
        return saved;
    }

    /** Corrects an assessment; the instrument version stays. A stale edit throws {@link ConcurrentEditException}. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public CapacityAssessment update(Long assessmentId, long expectedVersion, AssessmentInput input) {
        CapacityAssessment a = assessments.findById(assessmentId).orElseThrow();
        PeriodDetails p = trainees.writablePeriod(a.getPeriodId());
        if (a.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(ENTITY, assessmentId);
        }
        if (a.getEntryMethod() == EntryMethod.BY_TRAINEE || input.entryMethod() == EntryMethod.BY_TRAINEE) {
            // the trainee's own answers are theirs: staff may remove them (a mistake) but not change them
            throw new BusinessRuleException("capacity.error.traineesOwn");
        }
        InstrumentService.initialize(a.getInstrument());
        Map<String, Object> before = describe(a);
        apply(p, a, input, a.getId());
        a.setEnteredById(currentUser.requireId());
        if (!before.equals(describe(a))) {
            a.markChanged();
        }
        CapacityAssessment saved = assessments.saveAndFlush(a);
        audit.recordChange(AuditAction.UPDATE, entity(a.getInstrument()), saved.getId(), p.traineeId(),
                AuditService.describeChanges(before, describe(saved)));
        return saved;
    }

    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public void delete(Long assessmentId) {
        CapacityAssessment a = assessments.findById(assessmentId).orElseThrow();
        PeriodDetails p = trainees.writablePeriod(a.getPeriodId());
        String description = AuditDetails.of("instrument", a.getInstrument().getId(), "phase", a.getPhase());
        assessments.delete(a);
        audit.recordChange(AuditAction.DELETE, entity(a.getInstrument()), assessmentId, p.traineeId(),
                description);
    }

    private void apply(PeriodDetails p, CapacityAssessment a, AssessmentInput in, Long existingId) {
        apply(p.periodId(), p.startDate(), a, in, existingId);
    }

    /** Checks the input against the instrument and the period, then sets it on the assessment. */
    void apply(Long periodId, LocalDate periodStart, CapacityAssessment a, AssessmentInput in, Long existingId) {
        Instrument instrument = a.getInstrument();
        if (in.rater() == null) {
            throw new BusinessRuleException("capacity.error.rater");
        }
        if (!instrument.getRaterMode().allows(in.rater())) {
            throw new BusinessRuleException(in.rater() == Rater.COACH ? "capacity.error.selfOnly"
                    : "capacity.error.coachOnly", instrument.getName().getFi());
        }
        if (in.entryMethod() == null || !in.entryMethod().fits(in.rater())) {
            throw new BusinessRuleException("capacity.error.entryMethod");
        }
        if (in.phase() == null) {
            throw new BusinessRuleException("capacity.error.phase");
        }
        if (instrument.getKind() == InstrumentKind.INCLUSION && in.phase() != AssessmentPhase.START
                && in.phase() != AssessmentPhase.END) {
            throw new BusinessRuleException("inclusion.error.phase");
        }
        if (in.assessedOn() == null) {
            throw new BusinessRuleException("capacity.error.date");
        }
        if (in.assessedOn().isAfter(Time.today())) {
            throw new BusinessRuleException("capacity.error.dateInFuture");
        }
        if (in.assessedOn().isBefore(periodStart)) {
            throw new BusinessRuleException("capacity.error.dateBeforePeriod", periodStart);
        }
        if (in.phase() == AssessmentPhase.START || in.phase() == AssessmentPhase.END) {
            boolean taken = assessments.findByPeriodAndKind(periodId, instrument.getKind()).stream()
                    .anyMatch(o -> !Objects.equals(o.getId(), existingId) && o.getPhase() == in.phase()
                            && o.getRater() == in.rater() && o.getInstrument().getCode().equals(instrument.getCode()));
            if (taken) {
                throw new BusinessRuleException("capacity.error.duplicatePhase");
            }
        }
        if (in.comment() != null && in.comment().length() > MAX_COMMENT) {
            throw new BusinessRuleException("validation.maxLength", MAX_COMMENT);
        }
        Set<Long> itemIds = instrument.items().map(InstrumentItem::getId).collect(Collectors.toSet());
        if (!itemIds.containsAll(in.answers().keySet())) {
            throw new BusinessRuleException("capacity.error.unknownItem");
        }
        Set<Integer> values = instrument.getScalePoints().stream().map(ScalePoint::getValue)
                .collect(Collectors.toSet());
        long missing = 0;
        for (Long itemId : itemIds) {
            Integer v = in.answers().get(itemId);
            if (v == null) {
                missing++;
            } else if (!values.contains(v)) {
                throw new BusinessRuleException("capacity.error.invalidValue", v);
            }
        }
        if (missing > 0 && !instrument.isAllowNotAssessed()) {
            throw new BusinessRuleException("capacity.error.missingAnswers", missing);
        }
        if (missing == itemIds.size()) {
            throw new BusinessRuleException("capacity.error.noAnswers");
        }
        a.setPhase(in.phase());
        a.setAssessedOn(in.assessedOn());
        a.setRater(in.rater());
        a.setEntryMethod(in.entryMethod());
        a.setComment(in.comment() == null || in.comment().isBlank() ? null : in.comment().trim());
        // Update answers in place (one row per item).
        for (InstrumentItem item : instrument.items().toList()) {
            Integer v = in.answers().get(item.getId());
            a.answer(item).ifPresentOrElse(ans -> ans.setValue(v),
                    () -> a.getAnswers().add(new CapacityAnswer(a, item, v)));
        }
    }

    /** The names of the users who entered the assessments, by user id (one query). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> enteredByNames(java.util.Collection<CapacityAssessment> assessments) {
        return users.findNames(assessments.stream().map(CapacityAssessment::getEnteredById)
                .collect(Collectors.toSet()));
    }

    static String entity(Instrument instrument) {
        return instrument.getKind() == InstrumentKind.INCLUSION ? INCLUSION_ENTITY : ENTITY;
    }

    /** For the audit log: what was recorded, without the answers themselves. */
    /** Codes for the audit log: what was assessed and how, and the answers as item:value (numbers, no text). */
    static Map<String, Object> describe(CapacityAssessment a) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("instrument", a.getInstrument().getId());
        m.put("phase", a.getPhase());
        m.put("assessedOn", a.getAssessedOn());
        m.put("rater", a.getRater());
        m.put("entryMethod", a.getEntryMethod());
        m.put("answers", a.getAnswers().stream().map(x -> x.getItem().getId() + ":" + x.getValue()).sorted().collect(
                java.util.stream.Collectors.joining(",")));
        return m;
    }
}
