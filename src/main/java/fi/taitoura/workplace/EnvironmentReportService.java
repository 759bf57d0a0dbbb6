package fi.taitoura.workplace;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import fi.taitoura.catalogue.CatalogueReader;
import fi.taitoura.catalogue.CatalogueReader.UnitRow;
import fi.taitoura.catalogue.CatalogueTree.QualificationRef;
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
    private final CatalogueReader catalogue;
    private final AuditService audit;

    EnvironmentReportService(RecognitionRepository recognitions, TranslationProvider translations, UserService users,
                             CatalogueReader catalogue, AuditService audit) {
        this.recognitions = recognitions;
        this.translations = translations;
        this.users = users;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** Approved recognitions in force that match the filter, by organisation and work unit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EnvironmentHit> search(EnvironmentFilter filter) {
        EnvironmentFilter f = filter == null ? EnvironmentFilter.any() : filter;
        String unitText = normalise(f.unitText());
        List<EnvironmentHit> hits = new ArrayList<>();
        List<EnvironmentRecognition> inForce = recognitions.findAllInForce();
        RecognitionContent content = RecognitionContent.of(catalogue, inForce);
        Map<Long, String> names = users.findNames(inForce.stream().map(EnvironmentRecognition::getReviewerId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        for (EnvironmentRecognition r : inForce) {
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
                    && !r.getQualificationIds().contains(f.qualificationId())) {
                continue;
            }
            List<EnvironmentHit.UnitLine> units = unitLines(r, content, unitText);
            if (!unitText.isEmpty() && units.stream().noneMatch(EnvironmentHit.UnitLine::matched)) {
                continue;
            }
            hits.add(new EnvironmentHit(r.getId(), w.getId(), w.getName(), w.getOrganisation().getName(),
                    w.getOrganisation().getMunicipality(), w.getSector(), r.getRevision(), r.getApprovedOn(),
                    r.getNextReviewOn(), r.getReviewerId() == null ? null : names.get(r.getReviewerId()),
                    content.qualificationsOf(r).stream().map(QualificationRef::name).toList(), units));
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
        RecognitionContent content = RecognitionContent.of(catalogue, List.of(r));
        PdfReport pdf = PdfReport.a4(t("recognition.report.documentTitle", locale), w.getOrganisation().getName())
                .language(locale)
                .pageLabel(t("recognition.report.page", locale))
                .footerNote(t("recognition.report.printed", locale, Time.today().format(DATE)));
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
                .map(UserService.UserRef::fullName).collect(Collectors.joining(", ")));
        fields.put(t("recognition.field.version", locale), String.valueOf(r.getRevision())
                + (r.isInForce() ? "" : " (" + t("recognition.superseded", locale) + ")"));
        fields.put(t("recognition.field.reviewer", locale), r.getDecidedById() == null ? null
                : users.findNames(List.of(r.getDecidedById())).get(r.getDecidedById()));
        fields.put(t("recognition.field.approvedOn", locale), format(r.getApprovedOn()));
        fields.put(t("recognition.field.nextReviewOn", locale), format(r.getNextReviewOn()));
        pdf.fields(fields);
        if (r.getWorkDescription() != null) {
            pdf.heading(t("recognition.field.workDescription", locale)).paragraph(r.getWorkDescription());
        }

        List<RecognitionItem> accepted = r.getItems().stream().filter(RecognitionItem::isRecognised).toList();
        Map<Long, List<RecognitionItem>> byUnit = accepted.stream()
                .collect(Collectors.groupingBy(RecognitionItem::getUnitId, LinkedHashMap::new, Collectors.toList()));
        List<QualificationRef> quals = content.qualificationsOf(r);
        pdf.heading(t("recognition.report.qualifications", locale));
        for (QualificationRef q : quals) {
            pdf.bullet(q.name().in(locale) + " (" + q.diaryNumber() + ")");
        }
        for (QualificationRef q : quals) {
            List<UnitRow> units = accepted.stream().map(content::unit).distinct()
                    .filter(u -> u.qualificationId().equals(q.id()))
                    .sorted(Comparator.comparing(UnitRow::sortOrder).thenComparing(UnitRow::code))
                    .toList();
            if (units.isEmpty()) {
                continue;
            }
            pdf.heading(q.name().in(locale));
            for (UnitRow u : units) {
                List<RecognitionItem> items = byUnit.getOrDefault(u.id(), List.of());
                String credits = u.credits() == null ? "" : ", " + u.credits().stripTrailingZeros().toPlainString()
                        + " " + t("recognition.report.credits", locale);
                pdf.subheading(u.code() + " " + u.name().in(locale) + credits);
                items.stream().filter(i -> i.getKind() == RecognitionItemKind.UNIT && i.getPractice() != null)
                        .findFirst().ifPresent(i -> pdf.paragraph(i.getPractice()));
                List<List<String>> rows = items.stream().filter(i -> i.getKind() == RecognitionItemKind.REQUIREMENT)
                        .sorted(Comparator.comparing((RecognitionItem i) -> content.requirement(i).areaSortOrder())
                                .thenComparing(i -> content.requirement(i).sortOrder()))
                        .map(i -> List.of(content.requirement(i).text().in(locale),
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

    private static List<EnvironmentHit.UnitLine> unitLines(EnvironmentRecognition r, RecognitionContent content,
                                                          String unitText) {
        Map<UnitRow, Long> counts = new LinkedHashMap<>();
        for (RecognitionItem i : r.getItems()) {
            if (!i.isRecognised()) {
                continue;
            }
            counts.merge(content.unit(i), i.getKind() == RecognitionItemKind.REQUIREMENT ? 1L : 0L, Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<UnitRow, Long> e) -> e.getKey().code()))
                .map(e -> new EnvironmentHit.UnitLine(e.getKey().code(), e.getKey().name(),
                        e.getValue().intValue(), !unitText.isEmpty() && matches(e.getKey(), unitText)))
                .toList();
    }

    private static boolean matches(UnitRow u, String text) {
        LocalizedText n = u.name();
        return u.code().equalsIgnoreCase(text) || normalise(n.getFi()).contains(text)
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
