package fi.taitoura.workplace;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import fi.taitoura.catalogue.Qualification;
import fi.taitoura.catalogue.QualificationUnit;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of environment recognition: the search "where can unit X be shown in our region?" across the
 * approved recognitions in force, and the environment report (PDF) of an approved version.
 */
@Service
public class EnvironmentReportService {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final RecognitionRepository recognitions;
    private final TranslationProvider translations;
    private final UserService users;
    private final AuditService audit;

    EnvironmentReportService(RecognitionRepository recognitions, TranslationProvider translations, UserService users,
                             AuditService audit) {
        this.recognitions = recognitions;
        this.translations = translations;
        this.users = users;
        this.audit = audit;
    }

    /** Approved recognitions in force that match the filter, by organisation and work unit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EnvironmentHit> search(EnvironmentFilter filter) {
        EnvironmentFilter f = filter == null ? EnvironmentFilter.any() : filter;
        String unitText = normalise(f.unitText());
        List<EnvironmentHit> hits = new ArrayList<>();
        for (EnvironmentRecognition r : recognitions.findAllInForce()) {
            WorkUnit w = r.getWorkUnit();
            if (!w.isActive()) {
                continue;
            }
            if (f.municipality() != null && !f.municipality().isBlank()
                    && !f.municipality().trim().equalsIgnoreCase(w.getOrganisation().getMunicipality())) {
                continue;
            }
            if (f.organisationId() != null && !f.organisationId().equals(w.getOrganisation().getId())) {
                continue;
            }
            if (f.qualificationId() != null
                    && r.getQualifications().stream().noneMatch(q -> q.getId().equals(f.qualificationId()))) {
                continue;
            }
            List<EnvironmentHit.UnitLine> units = unitLines(r, unitText);
            if (!unitText.isEmpty() && units.stream().noneMatch(EnvironmentHit.UnitLine::matched)) {
                continue;
            }
            hits.add(new EnvironmentHit(r.getId(), w.getId(), w.getName(), w.getOrganisation().getName(),
                    w.getOrganisation().getMunicipality(), w.getSector(), r.getRevision(), r.getApprovedOn(),
                    r.getNextReviewOn(), r.getReviewer() == null ? null : r.getReviewer().getFullName(),
                    r.getQualifications().stream().sorted(Comparator.comparing(q -> q.getName().getFi()))
                            .map(Qualification::getName).toList(), units));
        }
        return hits;
    }

    /** The municipalities that have approved environments, for the search's choices. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> municipalities() {
        return recognitions.findAllInForce().stream().map(r -> r.getWorkUnit().getOrganisation().getMunicipality())
                .filter(m -> m != null && !m.isBlank()).distinct().sorted().toList();
    }

    /**
     * The environment report of an approved recognition version, in the locale's language: work unit, organisation,
     * qualifications, the units and requirements recognised, reviewer, approval and next review dates.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] environmentReport(Long recognitionId, Locale locale) {
        EnvironmentRecognition r = recognitions.findWithItems(recognitionId).orElseThrow();
        if (r.getState() != RecognitionState.APPROVED) {
            throw new fi.taitoura.base.BusinessRuleException("recognition.error.reportNotApproved");
        }
        WorkUnit w = r.getWorkUnit();
        PdfReport pdf = PdfReport.a4(t("recognition.report.documentTitle", locale), w.getOrganisation().getName())
                .language(locale)
                .pageLabel(t("recognition.report.page", locale))
                .footerNote(t("recognition.report.printed", locale, LocalDate.now(RecognitionService.ZONE).format(DATE)));
        pdf.title(t("recognition.report.title", locale, w.getName()));
        pdf.subtitle(w.getOrganisation().getName() + (w.getOrganisation().getMunicipality() == null ? ""
                : ", " + w.getOrganisation().getMunicipality()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(t("workplace.field.organisation", locale), w.getOrganisation().getName());
        fields.put(t("workplace.field.municipality", locale), w.getOrganisation().getMunicipality());
        fields.put(t("workplace.field.sector", locale), translations.enumLabel(w.getSector(), locale));
        fields.put(t("workplace.field.address", locale), w.getAddressLine());
        fields.put(t("workplace.field.contact", locale), contact(w));
        fields.put(t("workplace.field.coaches", locale), users.findCoachesOf(w.getId()).stream()
                .map(AppUser::getFullName).collect(Collectors.joining(", ")));
        fields.put(t("recognition.field.version", locale), String.valueOf(r.getRevision())
                + (r.isInForce() ? "" : " (" + t("recognition.superseded", locale) + ")"));
        fields.put(t("recognition.field.reviewer", locale), r.getDecidedBy() == null ? null
                : r.getDecidedBy().getFullName());
        fields.put(t("recognition.field.approvedOn", locale), format(r.getApprovedOn()));
        fields.put(t("recognition.field.nextReviewOn", locale), format(r.getNextReviewOn()));
        pdf.fields(fields);
        if (r.getWorkDescription() != null) {
            pdf.heading(t("recognition.field.workDescription", locale)).paragraph(r.getWorkDescription());
        }

        List<RecognitionItem> accepted = r.getItems().stream().filter(RecognitionItem::isRecognised).toList();
        Map<Long, List<RecognitionItem>> byUnit = accepted.stream()
                .collect(Collectors.groupingBy(i -> i.getUnit().getId(), LinkedHashMap::new, Collectors.toList()));
        List<Qualification> quals = r.getQualifications().stream()
                .sorted(Comparator.comparing(q -> q.getName().getFi())).toList();
        pdf.heading(t("recognition.report.qualifications", locale));
        for (Qualification q : quals) {
            pdf.bullet(q.getName().in(locale) + " (" + q.getDiaryNumber() + ")");
        }
        for (Qualification q : quals) {
            List<QualificationUnit> units = accepted.stream().map(RecognitionItem::getUnit).distinct()
                    .filter(u -> u.getQualification().getId().equals(q.getId()))
                    .sorted(Comparator.comparing(QualificationUnit::getSortOrder).thenComparing(QualificationUnit::getCode))
                    .toList();
            if (units.isEmpty()) {
                continue;
            }
            pdf.heading(q.getName().in(locale));
            for (QualificationUnit u : units) {
                List<RecognitionItem> items = byUnit.getOrDefault(u.getId(), List.of());
                String credits = u.getCredits() == null ? "" : ", " + u.getCredits().stripTrailingZeros().toPlainString()
                        + " " + t("recognition.report.credits", locale);
                pdf.subheading(u.getCode() + " " + u.getName().in(locale) + credits);
                items.stream().filter(i -> i.getKind() == RecognitionItemKind.UNIT && i.getPractice() != null)
                        .findFirst().ifPresent(i -> pdf.paragraph(i.getPractice()));
                List<List<String>> rows = items.stream().filter(i -> i.getKind() == RecognitionItemKind.REQUIREMENT)
                        .sorted(Comparator.comparing((RecognitionItem i) -> i.getRequirement().getArea().getSortOrder())
                                .thenComparing(i -> i.getRequirement().getSortOrder()))
                        .map(i -> List.of(i.getRequirement().getText().in(locale),
                                i.getPractice() == null ? "" : i.getPractice()))
                        .toList();
                if (rows.stream().anyMatch(row -> !row.get(1).isEmpty())) {
                    pdf.table(new float[] {3f, 2.4f}, List.of(t("recognition.report.requirement", locale),
                            t("recognition.field.practice", locale)), rows);
                } else if (!rows.isEmpty()) {
                    pdf.table(new float[] {1f}, List.of(t("recognition.report.requirement", locale)),
                            rows.stream().map(row -> List.of(row.get(0))).toList());
                }
                long criteria = items.stream().filter(i -> i.getKind() == RecognitionItemKind.CRITERION).count();
                if (criteria > 0) {
                    pdf.note(t("recognition.report.criteria", locale, criteria));
                }
            }
        }
        if (r.getDecisionComment() != null) {
            pdf.heading(t("recognition.field.decisionComment", locale)).paragraph(r.getDecisionComment());
        }
        pdf.space(6).note(t("recognition.report.rule", locale));
        byte[] bytes = pdf.finish();
        audit.recordRead("EnvironmentRecognition", r.getId(), null, AuditDetails.what("environmentReportPdf"));
        return bytes;
    }

    private List<EnvironmentHit.UnitLine> unitLines(EnvironmentRecognition r, String unitText) {
        Map<QualificationUnit, Long> counts = new LinkedHashMap<>();
        for (RecognitionItem i : r.getItems()) {
            if (!i.isRecognised()) {
                continue;
            }
            counts.merge(i.getUnit(), i.getKind() == RecognitionItemKind.REQUIREMENT ? 1L : 0L, Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<QualificationUnit, Long> e) -> e.getKey().getCode()))
                .map(e -> new EnvironmentHit.UnitLine(e.getKey().getCode(), e.getKey().getName(),
                        e.getValue().intValue(), !unitText.isEmpty() && matches(e.getKey(), unitText)))
                .toList();
    }

    private static boolean matches(QualificationUnit u, String text) {
        LocalizedText n = u.getName();
        return u.getCode().equalsIgnoreCase(text) || normalise(n.getFi()).contains(text)
                || normalise(n.getSv()).contains(text) || normalise(n.getEn()).contains(text);
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    private static String contact(WorkUnit w) {
        return java.util.stream.Stream.of(w.getContactName(), w.getContactPhone(), w.getContactEmail())
                .filter(x -> x != null && !x.isBlank()).collect(Collectors.joining(", "));
    }

    private static String format(LocalDate d) {
        return d == null ? null : d.format(DATE);
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
