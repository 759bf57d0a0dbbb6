package fi.taitoura.summary;

import fi.taitoura.base.time.Time;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.document.DocumentBranding;
import fi.taitoura.document.DocumentJson;
import fi.taitoura.document.DocumentKind;
import fi.taitoura.document.DocumentService;
import fi.taitoura.document.QrCodes;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.Consent;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.PeriodDetails;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * End-of-period summaries: the career agent drafts (prefilled from the data), the coach comments, the career agent
 * finalises: the data is frozen, the PDF issued with a verification code and delivered to the referring case worker.
 * A correction after finalising is a new revision that supersedes the previous one.
 */
@Service
public class SummaryService {

    private static final java.time.ZoneId ZONE = Time.zone();

    private final PeriodSummaryRepository summaries;
    private final SummaryCommentRepository comments;
    private final SummaryDataBuilder builder;
    private final TraineeService trainees;
    private final DocumentService documents;
    private final DocumentBranding branding;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SummaryDeliveryRepository deliveries;
    private final UserService users;

    SummaryService(PeriodSummaryRepository summaries, SummaryCommentRepository comments, SummaryDataBuilder builder,
                   TraineeService trainees, DocumentService documents, DocumentBranding branding,
                   TranslationProvider translations, CurrentUser currentUser, AuditService audit,
                   SummaryDeliveryRepository deliveries, UserService users) {
        this.deliveries = deliveries;
        this.users = users;
        this.summaries = summaries;
        this.comments = comments;
        this.builder = builder;
        this.trainees = trainees;
        this.documents = documents;
        this.branding = branding;
        this.translations = translations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * A row of the summaries list: a period and its latest summary revision, if any, and how that revision was
     * delivered outside Taitoura ({@code deliveryMethod} and {@code deliveredOn} null when no delivery is recorded).
     */
    public record SummaryRow(Long periodId, String trainee, String workUnit, java.time.LocalDate start,
                             java.time.LocalDate end, Long summaryId, SummaryState state, int revision,
                             Instant finalisedAt, DeliveryMethod deliveryMethod, LocalDate deliveredOn) {

        SummaryRow with(SummaryDelivery d) {
            return d == null ? this : new SummaryRow(periodId, trainee, workUnit, start, end, summaryId, state,
                    revision, finalisedAt, d.getMethod(), d.getDeliveredOn());
        }
    }

    /** A summary's delivery record, with the name of whoever recorded it. */
    public record Delivery(Long id, long version, Long summaryId, DeliveryMethod method, LocalDate deliveredOn,
                           String reference, String recordedBy) {
    }

    /** How a finalised summary reaches its referrer. */
    public enum DeliveryRoute {
        /** The referrer has a Taitoura account: the summary shows to them in Taitoura. */
        IN_APP,
        /** The referrer is known by name only: the career agent delivers the PDF and records how. */
        EXTERNAL,
        /** The period names no referrer. */
        NONE
    }

    /**
     * For coaches and career agents: the periods they may write, with the state of their summary. For a case
     * worker: the finalised (and superseded) summaries delivered to them ({@link SummaryAccess}: the periods they
     * referred, while the trainee consents to the summary being given to the referrer).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SummaryRow> findRows() {
        List<SummaryRow> rows = new ArrayList<>();
        Set<Long> shown = new LinkedHashSet<>();
        Set<Long> writable = new java.util.HashSet<>();
        for (PeriodDetails p : trainees.writableVisiblePeriods()) {
            Long periodId = p.periodId();
            writable.add(periodId);
            List<PeriodSummary> list = summaries.findByPeriodIdOrderByRevisionDesc(periodId);
            rows.add(row(p, list.isEmpty() ? null : list.get(0)));
        }
        // The trainees of the writer's rows, for "who saw client X" (the headings come in one query).
        trainees.periodHeadings(writable).values().forEach(h -> shown.add(h.traineeId()));
        if (currentUser.hasRole(Role.CASE_WORKER)) {
            for (TraineeService.ReferredPeriod p : trainees.findReferredPeriods()) {
                if (!p.summaries() || writable.contains(p.periodId())) {
                    continue;
                }
                summaries.findByPeriodIdOrderByRevisionDesc(p.periodId()).stream()
                        .filter(s -> s.getState() != SummaryState.DRAFT).forEach(s -> {
                            rows.add(new SummaryRow(p.periodId(), p.traineeName(), p.workUnitName(), p.start(),
                                    p.end(), s.getId(), s.getState(), s.getRevision(), s.getFinalisedAt(), null,
                                    null));
                            shown.add(p.traineeId());
                        });
            }
        }
        Map<Long, SummaryDelivery> delivered = deliveries.findBySummaryIdIn(rows.stream().map(SummaryRow::summaryId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(SummaryDelivery::getSummaryId, d -> d));
        rows.replaceAll(r -> r.summaryId() == null ? r : r.with(delivered.get(r.summaryId())));
        // The trainees shown, for "who saw client X".
        audit.recordListRead("SummaryList", shown, null);
        return rows;
    }

    private static SummaryRow row(PeriodDetails p, PeriodSummary s) {
        return new SummaryRow(p.periodId(), p.traineeName(), p.workUnitName(), p.startDate(), p.end(),
                s == null ? null : s.getId(), s == null ? null : s.getState(), s == null ? 0 : s.getRevision(),
                s == null ? null : s.getFinalisedAt(), null, null);
    }

    /**
     * A summary the user may see ({@link SummaryAccess#mayRead}): writers of the period any revision, the referring
     * case worker the finalised ones delivered to them. The read is audited.
     */
    @PreAuthorize("@summaryAccess.mayRead(#summaryId)")
    @Transactional(readOnly = true)
    public PeriodSummary require(Long summaryId) {
        PeriodSummary s = summaries.findById(summaryId).orElseThrow(() -> new AccessDeniedException("No summary"));
        Long traineeId = trainees.periodHeadings(List.of(s.getPeriodId())).get(s.getPeriodId()).traineeId();
        audit.recordRead("PeriodSummary", summaryId, traineeId, null);
        return s;
    }

    /** True when the signed-in user works on the summary's period (may see drafts and comments); records nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isWriter(PeriodSummary s) {
        return trainees.mayWritePeriod(s.getPeriodId());
    }

    /**
     * The delivered (finalised or superseded) summaries of a period, newest first, for a user whom another feature
     * grants read access to the period (e.g. the job coach of the supported-employment case that continues it).
     */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<SummaryRow> findDelivered(Long periodId) {
        PeriodDetails p = trainees.readPeriod(periodId);
        if (!trainees.canWrite(p) && !trainees.isGrantedPeriod(periodId)) {
            return List.of();
        }
        return summaries.findByPeriodIdOrderByRevisionDesc(periodId).stream()
                .filter(s -> s.getState() != SummaryState.DRAFT)
                .map(s -> row(p, s).with(deliveries.findBySummaryId(s.getId()).orElse(null))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canEdit(PeriodSummary s) {
        return s.isDraft() && trainees.canWrite(trainees.writablePeriod(s.getPeriodId()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canFinalise(PeriodSummary s) {
        return s.isDraft() && currentUser.hasRole(Role.CAREER_AGENT) && canEdit(s);
    }

    /** The data of the summary: frozen for a finalised one, live (prefilled) for a draft. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SummaryData data(PeriodSummary s) {
        if (s.getSnapshot() != null) {
            return DocumentJson.read(s.getSnapshot(), SummaryData.class);
        }
        return builder.build(s.getPeriodId());
    }

    /** Opens a new draft for the period (the career agent), or returns the open draft. */
    @PreAuthorize("hasRole('CAREER_AGENT')")
    @Transactional
    public PeriodSummary openDraft(Long periodId) {
        PeriodDetails p = trainees.writablePeriod(periodId);
        List<PeriodSummary> list = summaries.findByPeriodIdOrderByRevisionDesc(periodId);
        if (!list.isEmpty() && list.get(0).isDraft()) {
            return list.get(0);
        }
        PeriodSummary s = new PeriodSummary(periodId, summaries.maxRevision(periodId) + 1, "fi", currentUser.requireId());
        if (!list.isEmpty()) {
            PeriodSummary previous = list.get(0);
            s.setReplacesId(previous.getId());
            s.setLanguage(previous.getLanguage());
            s.setStrengths(previous.getStrengths());
            s.setLimitations(previous.getLimitations());
            s.setUnitStatement(previous.getUnitStatement());
            s.setCoachStatement(previous.getCoachStatement());
            s.setFollowUp(previous.getFollowUp());
            s.setRecommendations(previous.getRecommendations());
        }
        PeriodSummary saved = summaries.saveAndFlush(s);
        audit.recordChange(AuditAction.CREATE, "PeriodSummary", saved.getId(), p.traineeId(),
                AuditDetails.of("revision", saved.getRevision()));
        return saved;
    }

    /** Saves the editable sections of a draft; a stale edit throws {@link ConcurrentEditException}. */
    @PreAuthorize("hasAnyRole('CAREER_AGENT', 'COACH')")
    @Transactional
    public PeriodSummary saveDraft(PeriodSummary edited) {
        PeriodSummary s = summaries.findById(edited.getId()).orElseThrow();
        PeriodDetails p = trainees.writablePeriod(s.getPeriodId());
        if (!s.isDraft()) {
            throw new BusinessRuleException("summary.error.finalised");
        }
        if (s.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("PeriodSummary", s.getId());
        }
        for (String text : new String[] {edited.getStrengths(), edited.getLimitations(), edited.getUnitStatement(),
                edited.getCoachStatement(), edited.getFollowUp()}) {
            if (text != null && text.length() > 8000) {
                throw new BusinessRuleException("validation.maxLength", 8000);
            }
        }
        s.setLanguage(TranslationProvider.supported(Locale.of(edited.getLanguage())).getLanguage());
        s.setStrengths(blankToNull(edited.getStrengths()));
        s.setLimitations(blankToNull(edited.getLimitations()));
        s.setUnitStatement(blankToNull(edited.getUnitStatement()));
        s.setCoachStatement(blankToNull(edited.getCoachStatement()));
        s.setFollowUp(blankToNull(edited.getFollowUp()));
        s.setRecommendations(edited.getRecommendations());
        PeriodSummary saved = summaries.saveAndFlush(s);
        audit.recordChange(AuditAction.UPDATE, "PeriodSummary", saved.getId(), p.traineeId(), AuditDetails.what("draftSaved"));
        return saved;
    }

    /** The drafting comments: for those who work on the period ({@link SummaryAccess#mayReadComments}). */
    @PreAuthorize("@summaryAccess.mayReadComments(#summaryId)")
    @Transactional(readOnly = true)
    public List<SummaryComment> comments(Long summaryId) {
        require(summaryId);
        return comments.findBySummaryIdOrderByCreatedAtAscIdAsc(summaryId);
    }

    /** The coach's (or career agent's) comment on a draft. */
    @PreAuthorize("hasAnyRole('CAREER_AGENT', 'COACH')")
    @Transactional
    public SummaryComment comment(Long summaryId, String text) {
        PeriodSummary s = summaries.findById(summaryId).orElseThrow();
        PeriodDetails p = trainees.writablePeriod(s.getPeriodId());
        if (!s.isDraft()) {
            throw new BusinessRuleException("summary.error.finalised");
        }
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("summary.error.comment");
        }
        SummaryComment c = comments.save(new SummaryComment(summaryId, currentUser.requireId(), text.trim()));
        audit.recordChange(AuditAction.CREATE, "SummaryComment", c.getId(), p.traineeId(), null);
        return c;
    }

    /**
     * Finalises a draft (career agent): freezes the data, issues the PDF with a verification code and delivers it
     * to the referring case worker. Requires the trainee's consent to deliver the summary to the referrer, and at
     * least the strengths and a recommendation.
     */
    @PreAuthorize("hasRole('CAREER_AGENT')")
    @Transactional
    public PeriodSummary finalise(Long summaryId, long version) {
        PeriodSummary s = summaries.findById(summaryId).orElseThrow();
        PeriodDetails p = trainees.writablePeriod(s.getPeriodId());
        if (!s.isDraft()) {
            throw new BusinessRuleException("summary.error.finalised");
        }
        if (s.getVersion() != version) {
            throw new ConcurrentEditException("PeriodSummary", s.getId());
        }
        if (!p.consents().contains(Consent.SUMMARY_TO_REFERRER)) {
            throw new BusinessRuleException("summary.error.noConsent");
        }
        if (s.getStrengths() == null || s.getRecommendations().isEmpty()) {
            throw new BusinessRuleException("summary.error.incomplete");
        }
        SummaryData data = builder.build(s.getPeriodId());
        Locale locale = Locale.of(s.getLanguage());
        String code = documents.newVerificationCode();
        fi.taitoura.base.pdf.PdfReport.Rendered rendered = SummaryPdf.renderDocument(data, texts(s), locale,
                translations, code, documents.verificationUrl(code), QrCodes.png(documents.verificationUrl(code), 300),
                branding.logo());
        Long replacesDocument = s.getReplacesId() == null ? null
                : summaries.findById(s.getReplacesId()).map(PeriodSummary::getDocumentId).orElse(null);
        DocumentService.DocumentRef doc = documents.register(new DocumentService.Registration(
                DocumentKind.PERIOD_SUMMARY, code, p.traineeId(), p.periodId(), p.organisationId(),
                p.organisationName(), p.traineeName(),
                translations.getTranslation("summary.pdf.title", locale), locale), rendered.pdf(),
                rendered.html(), replacesDocument);
        if (s.getReplacesId() != null) {
            summaries.findById(s.getReplacesId()).ifPresent(old -> old.setState(SummaryState.SUPERSEDED));
        }
        s.setSnapshot(DocumentJson.write(data));
        s.setDocumentId(doc.id());
        s.setState(SummaryState.FINALISED);
        s.setFinalisedBy(currentUser.requireId());
        s.setFinalisedAt(Instant.now());
        PeriodSummary saved = summaries.saveAndFlush(s);
        audit.recordChange(AuditAction.UPDATE, "PeriodSummary", saved.getId(), p.traineeId(),
                AuditDetails.of("what", "finalised", "document", doc.verificationCode()));
        return saved;
    }

    // ------------------------------------------------------------------ delivery outside Taitoura (issue 13)

    /** How the summary's period reaches its referrer (see {@link DeliveryRoute}); records nothing. */
    @PreAuthorize("@summaryAccess.mayRead(#s.id)")
    @Transactional(readOnly = true)
    public DeliveryRoute deliveryRoute(PeriodSummary s) {
        return switch (trainees.referrerKind(s.getPeriodId())) {
            case ACCOUNT -> DeliveryRoute.IN_APP;
            case NAME_ONLY -> DeliveryRoute.EXTERNAL;
            case NONE -> DeliveryRoute.NONE;
        };
    }

    /** The summary's delivery record, if one is recorded; for whoever may read the summary (the read is audited). */
    @PreAuthorize("@summaryAccess.mayRead(#summaryId)")
    @Transactional(readOnly = true)
    public java.util.Optional<Delivery> delivery(Long summaryId) {
        return deliveries.findBySummaryId(summaryId).map(d -> new Delivery(d.getId(), d.getVersion(),
                d.getSummaryId(), d.getMethod(), d.getDeliveredOn(), d.getReference(),
                users.findNames(List.of(d.getRecordedBy())).get(d.getRecordedBy())));
    }

    /** The signed-in career agent may record how the finalised summary was delivered. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canRecordDelivery(PeriodSummary s) {
        return s.getState() == SummaryState.FINALISED && currentUser.hasRole(Role.CAREER_AGENT)
                && trainees.mayWritePeriod(s.getPeriodId());
    }

    /**
     * Records (or corrects) how a finalised summary was delivered outside Taitoura: the way, the day (not in the
     * future, not before finalising) and an optional short reference. {@code expectedVersion} is null for a new
     * record and the record's version for a correction (a stale one throws {@link ConcurrentEditException}).
     */
    @PreAuthorize("hasRole('CAREER_AGENT')")
    @Transactional
    public Delivery recordDelivery(Long summaryId, DeliveryMethod method, LocalDate deliveredOn, String reference,
                                   Long expectedVersion) {
        PeriodSummary s = summaries.findById(summaryId).orElseThrow(() -> new AccessDeniedException("No summary"));
        trainees.requirePeriodForWrite(s.getPeriodId());
        Long traineeId = trainees.periodHeadings(List.of(s.getPeriodId())).get(s.getPeriodId()).traineeId();
        if (s.getState() != SummaryState.FINALISED) {
            throw new BusinessRuleException("summary.delivery.error.notFinalised");
        }
        if (method == null || deliveredOn == null) {
            throw new BusinessRuleException("validation.required");
        }
        LocalDate today = Time.today();
        LocalDate finalised = s.getFinalisedAt().atZone(ZONE).toLocalDate();
        if (deliveredOn.isAfter(today) || deliveredOn.isBefore(finalised)) {
            throw new BusinessRuleException("summary.delivery.error.date");
        }
        String ref = blankToNull(reference == null ? null : reference.strip());
        if (ref != null && ref.length() > SummaryDelivery.MAX_REFERENCE) {
            throw new BusinessRuleException("validation.maxLength", SummaryDelivery.MAX_REFERENCE);
        }
        SummaryDelivery d = deliveries.findBySummaryId(summaryId).orElse(null);
        boolean created = d == null;
        if (created && expectedVersion != null || !created && (expectedVersion == null
                || d.getVersion() != expectedVersion)) {
            throw new ConcurrentEditException("SummaryDelivery", summaryId);
        }
        if (created) {
            d = new SummaryDelivery(summaryId);
        }
        d.setMethod(method);
        d.setDeliveredOn(deliveredOn);
        d.setReference(ref);
        d.setRecordedBy(currentUser.requireId());
        SummaryDelivery saved = deliveries.saveAndFlush(d);
        audit.recordChange(created ? AuditAction.CREATE : AuditAction.UPDATE, "SummaryDelivery", saved.getId(),
                traineeId, AuditDetails.of("summary", summaryId, "method", method));
        return delivery(summaryId).orElseThrow();
    }

    /** The issued PDF of a finalised summary. */
    @PreAuthorize("@summaryAccess.mayRead(#summaryId)")
    @Transactional(readOnly = true)
    public byte[] pdf(Long summaryId) {
        PeriodSummary s = require(summaryId);
        if (s.getDocumentId() == null) {
            throw new BusinessRuleException("summary.error.notFinalised");
        }
        return documents.pdf(s.getDocumentId());
    }

    /** A preview PDF of a draft, in its language, marked as a draft (not issued, no valid verification code). */
    @PreAuthorize("hasAnyRole('CAREER_AGENT', 'COACH')")
    @Transactional(readOnly = true)
    public byte[] preview(Long summaryId) {
        PeriodSummary s = require(summaryId);
        Locale locale = Locale.of(s.getLanguage());
        String draft = translations.getTranslation("summary.draftMark", locale);
        return SummaryPdf.render(data(s), texts(s), locale, translations, draft, draft,
                QrCodes.png("DRAFT", 120), branding.logo());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<DocumentService.DocumentRef> document(PeriodSummary s) {
        return s.getDocumentId() == null ? java.util.Optional.empty() : documents.find(s.getDocumentId());
    }

    private static SummaryPdf.Texts texts(PeriodSummary s) {
        return new SummaryPdf.Texts(s.getStrengths(), s.getLimitations(), s.getUnitStatement(), s.getCoachStatement(),
                s.getRecommendations().isEmpty() ? Map.of() : new java.util.EnumMap<>(s.getRecommendations()),
                s.getFollowUp(), s.getRevision());
    }
}
