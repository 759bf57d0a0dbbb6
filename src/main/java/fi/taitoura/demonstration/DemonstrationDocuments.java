package fi.taitoura.demonstration;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import fi.taitoura.catalogue.CatalogueDto.CriterionView;
import fi.taitoura.catalogue.CatalogueDto.TargetView;
import fi.taitoura.catalogue.CriterionLevel;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentView;
import fi.taitoura.demonstration.DemonstrationRecords.Detail;
import fi.taitoura.demonstration.DemonstrationRecords.Evidence;
import fi.taitoura.demonstration.DemonstrationRecords.ObservationEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.RequirementEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.TaskRef;
import fi.taitoura.documentation.IndependenceLevel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents of a demonstration: the plan (before) and the assessment record (after) as A4 PDFs in Finnish,
 * Swedish or English, and the export for the education provider as JSON shaped after eHOKS demonstration data
 * (see docs/ehoks-export.md). Access and audit as in {@link DemonstrationService}.
 */
@Service
public class DemonstrationDocuments {

    public static final String EXPORT_FORMAT = "taitoura-demonstration/1";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final ZoneId ZONE = Time.zone();

    private final DemonstrationService service;
    private final TranslationProvider translations;
    private final AuditService audit;

    DemonstrationDocuments(DemonstrationService service, TranslationProvider translations, AuditService audit,
                           fi.taitoura.catalogue.CatalogueService catalogue) {
        this.catalogue = catalogue;
        this.service = service;
        this.translations = translations;
        this.audit = audit;
    }

    private final fi.taitoura.catalogue.CatalogueService catalogue;

    private String tr(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    /** The label of a grade on the unit's scale, e.g. "3 – hyvä (H3)", "hyväksytty", "hylätty". */
    public String gradeLabel(LevelScale scale, Integer grade, Locale locale) {
        if (grade == null) {
            return "";
        }
        if (grade == DemonstrationGrades.NOT_PASSED) {
            return tr("demonstration.grade.fail", locale);
        }
        if (scale == LevelScale.PASS_FAIL) {
            return tr("demonstration.grade.pass", locale);
        }
        String code = DemonstrationGrades.levelCode(scale, grade);
        return code.isEmpty() ? String.valueOf(grade)
                : grade + " – " + translations.enumLabel(scale.levelOf(grade), locale) + " (" + code + ")";
    }

    private String criterionLevelLabel(LevelScale scale, CriterionLevel level, Locale locale) {
        String label = translations.enumLabel(level, locale);
        String code = switch (level) {
            case SATISFACTORY -> "T1";
            case GOOD -> scale == LevelScale.ONE_TO_THREE ? "H2" : "H3";
            case EXCELLENT -> scale == LevelScale.ONE_TO_THREE ? "K3" : "K5";
            case PASS -> "";
        };
        return code.isEmpty() ? label : label + " " + code;
    }

    private Map<String, String> planFields(Detail d, Locale locale) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(tr("demonstration.field.trainee", locale), d.summary().traineeName());
        f.put(tr("demonstration.field.qualification", locale), d.qualificationName().in(locale)
                + (d.diaryNumber() == null ? "" : " (" + d.diaryNumber() + ")"));
        f.put(tr("demonstration.field.unit", locale), d.summary().unitCode() + " " + d.summary().unitName().in(locale));
        f.put(tr("demonstration.field.scale", locale), translations.enumLabel(d.summary().scale(), locale));
        f.put(tr("demonstration.field.dates", locale), d.plan().startDate().equals(d.plan().endDate())
                ? date(d.plan().startDate()) : date(d.plan().startDate()) + " – " + date(d.plan().endDate()));
        f.put(tr("demonstration.field.place", locale), d.plan().place() + " ("
                + translations.enumLabel(d.placeKind(), locale) + ")");
        f.put(tr("demonstration.field.workUnit", locale), d.workUnitName() + ", " + d.organisationName());
        f.put(tr("demonstration.field.teacher", locale), d.summary().teacherName());
        f.put(tr("demonstration.field.workplaceAssessor", locale), d.summary().workplaceAssessor());
        f.put(tr("demonstration.field.provider", locale), d.plan().educationProvider());
        f.put(tr("demonstration.field.status", locale), translations.enumLabel(d.summary().status(), locale));
        return f;
    }

    /** The demonstration plan (before the demonstration). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] planPdf(Long id, Locale locale) {
        Detail d = service.detail(id);
        PdfReport pdf = start(d, tr("demonstration.pdf.planTitle", locale), locale);
        pdf.fields(planFields(d, locale));
        pdf.heading(tr("demonstration.field.tasks", locale));
        for (TaskRef t : d.tasks()) {
            pdf.bullet(t.name());
        }
        if (d.plan().workDescription() != null) {
            pdf.paragraph(d.plan().workDescription());
        }
        if (d.unitDemonstrationText() != null && !d.unitDemonstrationText().in(locale).isBlank()) {
            pdf.heading(tr("demonstration.pdf.unitDemonstration", locale));
            for (String part : d.unitDemonstrationText().in(locale).split("(?i)</p>|<br\\s*/?>|</li>")) {
                String text = fi.taitoura.catalogue.CatalogueHtml.plainText(part);
                if (text != null) {
                    pdf.paragraph(text);
                }
            }
        }
        criteria(pdf, d, null, locale);
        // issue 13: real space to sign (a date and a signature above each line), kept together with its heading
        pdf.keepSpace(150);
        pdf.heading(tr("demonstration.pdf.signatures", locale));
        pdf.note(tr("demonstration.pdf.signatureHelp", locale));
        pdf.space(18);
        pdf.signatureLines(java.util.stream.Stream.of(d.summary().traineeName(), d.summary().teacherName(),
                d.summary().workplaceAssessor()).map(n -> n == null || n.isBlank() ? "–" : n).toList());
        audit.recordRead("DemonstrationDocument", id, d.summary().traineeId(),
                AuditDetails.of("what", "planPdf", "lang", locale.getLanguage()));
        return pdf.finish();
    }

    /** The assessment record (after the demonstration): the current signed assessment and the evidence summary. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] assessmentPdf(Long id, Locale locale) {
        Detail d = service.detail(id);
        AssessmentView a = d.current();
        if (a == null) {
            throw new BusinessRuleException("demonstration.error.notAssessed");
        }
        Evidence evidence = service.evidence(id);
        PdfReport pdf = start(d, tr("demonstration.pdf.assessmentTitle", locale), locale);
        pdf.fields(planFields(d, locale));
        LevelScale scale = d.summary().scale();
        pdf.heading(tr("demonstration.assessment.result", locale));
        Map<String, String> f = new LinkedHashMap<>();
        f.put(tr("demonstration.field.assessedOn", locale), date(a.assessedOn()));
        f.put(tr("demonstration.field.overall", locale), gradeLabel(scale, a.overallGrade(), locale));
        f.put(tr("demonstration.field.result", locale), tr(DemonstrationGrades.passed(scale, a.overallGrade())
                ? "demonstration.result.passed" : "demonstration.result.notPassed", locale));
        f.put(tr("demonstration.field.decidedBy", locale), a.decidedBy().stream()
                .map(v -> translations.enumLabel(v, locale)).collect(Collectors.joining(", ")));
        f.put(tr("demonstration.field.discussion", locale), a.discussion().stream()
                .map(v -> translations.enumLabel(v, locale)).collect(Collectors.joining(", ")));
        f.put(tr("demonstration.field.signed", locale), a.assessorName() + ", "
                + date(a.signedAt().atZone(ZONE).toLocalDate()));
        if (a.correctsId() != null) {
            f.put(tr("demonstration.field.correction", locale), tr("demonstration.pdf.correctionOf", locale,
                    a.revision(), a.correctionReason()));
        }
        pdf.fields(f);
        if (a.rejectionReason() != null) {
            pdf.subheading(tr("demonstration.field.rejectionReason", locale)).paragraph(a.rejectionReason());
        }
        if (a.comments() != null) {
            pdf.subheading(tr("demonstration.field.comments", locale)).paragraph(a.comments());
        }
        criteria(pdf, d, a, locale);
        pdf.heading(tr("demonstration.evidence.title", locale));
        List<List<String>> rows = new ArrayList<>();
        for (RequirementEvidence r : evidence.requirements()) {
            rows.add(List.of(r.text().in(locale), r.observations().isEmpty() ? tr("demonstration.evidence.notShown", locale)
                            : date(r.first()) + " – " + date(r.last()), String.valueOf(r.observations().size()),
                    r.highest() == null ? "–" : translations.enumLabel(r.highest(), locale)));
        }
        pdf.table(new float[] {5, 2.4f, 1, 2.2f}, List.of(tr("demonstration.evidence.requirement", locale),
                tr("demonstration.evidence.dates", locale), tr("demonstration.evidence.count", locale),
                tr("demonstration.evidence.highest", locale)), rows);
        audit.recordRead("DemonstrationDocument", id, d.summary().traineeId(),
                AuditDetails.of("what", "assessmentPdf", "lang", locale.getLanguage()));
        return pdf.finish();
    }

    private PdfReport start(Detail d, String title, Locale locale) {
        PdfReport pdf = PdfReport.a4(title, d.organisationName())
                .language(locale)
                .pageLabel(tr("demonstration.pdf.page", locale))
                .footerNote(tr("demonstration.pdf.printed", locale, date(Time.today())));
        pdf.title(title);
        pdf.subtitle(d.summary().unitCode() + " " + d.summary().unitName().in(locale));
        return pdf;
    }

    /** Each assessment target with its criteria per level, and the grade when an assessment is given. */
    private void criteria(PdfReport pdf, Detail d, AssessmentView a, Locale locale) {
        LevelScale scale = d.summary().scale();
        pdf.heading(tr("demonstration.assessment.targets", locale));
        for (TargetView t : d.targets()) {
            List<List<String>> rows = new ArrayList<>();
            for (CriterionView c : t.criteria().stream()
                    .sorted(java.util.Comparator.comparing(CriterionView::level)).toList()) {
                if (c.current()) {
                    rows.add(List.of(criterionLevelLabel(scale, c.level(), locale), c.text().in(locale)));
                }
            }
            // the target's name starts a page with its criteria table, never alone at the foot of the previous one
            int chars = rows.stream().mapToInt(r -> r.get(1).length()).sum();
            pdf.keepSpace(Math.min(420, 70 + 16 * rows.size() + chars / 90f * 12));
            pdf.subheading(t.name().in(locale));
            if (!rows.isEmpty()) {
                pdf.table(new float[] {1.4f, 6}, List.of(tr("demonstration.assessment.level", locale),
                        tr("demonstration.assessment.criterion", locale)), rows);
            }
            if (a != null) {
                pdf.paragraph(tr("demonstration.field.targetGrade", locale) + ": "
                        + gradeLabel(scale, a.targetGrades().get(t.id()), locale));
                String note = a.targetNotes().get(t.id());
                if (note != null) {
                    pdf.note(note);
                }
            }
        }
    }

    // ------------------------------------------------------------------ export

    /**
     * The demonstration for the education provider, as JSON shaped after eHOKS demonstration data
     * (osaamisen-osoittaminen) with Koski-style koodisto references for the place, the grades, who decided and who
     * took part in the assessment discussion; plus the unit's evidence. Available once the plan exists; the
     * assessment part once it is signed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String exportJson(Long id) {
        Detail d = service.detail(id);
        Evidence evidence = service.evidence(id);
        LevelScale scale = d.summary().scale();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", EXPORT_FORMAT);
        root.put("luotu", Time.zonedNow().toOffsetDateTime().withNano(0).toString());
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("koodi", d.summary().unitCode());
        unit.put("nimi", localized(d.summary().unitName()));
        unit.put("perusteen-diaarinumero", d.diaryNumber());
        unit.put("tutkinto", localized(d.qualificationName()));
        unit.put("arviointiasteikko", DemonstrationGrades.code(scale, 1).koodistoUri());
        root.put("tutkinnon-osa", unit);

        Map<String, Object> demo = new LinkedHashMap<>();
        demo.put("tunniste", d.summary().id());
        demo.put("tila", d.summary().status().name());
        demo.put("koulutuksen-jarjestaja", Map.of("nimi", d.plan().educationProvider()));
        demo.put("suorituspaikka", Map.of("tunniste", koodi(DemonstrationPlace.KOODISTO, d.placeKind().code()),
                "kuvaus", d.plan().place()));
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("nimi", d.workUnitName());
        environment.put("organisaatio", d.organisationName());
        environment.put("kuvaus", d.plan().place());
        demo.put("nayttoymparisto", environment);
        List<String> content = new ArrayList<>(d.tasks().stream().map(TaskRef::name).toList());
        if (d.plan().workDescription() != null) {
            content.add(d.plan().workDescription());
        }
        demo.put("sisallon-kuvaus", content);
        demo.put("alku", d.plan().startDate().toString());
        demo.put("loppu", d.plan().endDate().toString());
        demo.put("koulutuksen-jarjestaja-osaamisen-arvioijat", List.of(Map.of("nimi", d.summary().teacherName(),
                "organisaatio", Map.of("nimi", d.plan().educationProvider()))));
        Map<String, Object> workplace = new LinkedHashMap<>();
        workplace.put("nimi", d.plan().workplaceAssessorId() != null ? d.summary().workplaceAssessor()
                : d.plan().workplaceAssessorName());
        workplace.put("organisaatio", Map.of("nimi", d.plan().workplaceAssessorId() != null ? d.organisationName()
                : d.plan().workplaceAssessorOrganisation()));
        demo.put("tyoelama-osaamisen-arvioijat", List.of(workplace));
        AssessmentView a = d.current();
        if (a != null) {
            Map<String, Object> assessment = new LinkedHashMap<>();
            assessment.put("paiva", a.assessedOn().toString());
            assessment.put("arvosana", grade(scale, a.overallGrade()));
            assessment.put("hyvaksytty", DemonstrationGrades.passed(scale, a.overallGrade()));
            assessment.put("arvioinnista-paattaneet", a.decidedBy().stream()
                    .map(v -> koodi(DecidedBy.KOODISTO, v.code())).toList());
            assessment.put("arviointikeskusteluun-osallistuneet", a.discussion().stream()
                    .map(v -> koodi(DiscussionParticipant.KOODISTO, v.code())).toList());
            List<Map<String, Object>> targets = new ArrayList<>();
            for (TargetView t : d.targets()) {
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("nimi", localized(t.name()));
                Integer g = a.targetGrades().get(t.id());
                target.put("arvosana", g == null ? null : grade(scale, g));
                target.put("huomio", a.targetNotes().get(t.id()));
                targets.add(target);
            }
            assessment.put("arvioinnin-kohteet", targets);
            assessment.put("kommentit", a.comments());
            assessment.put("hylkaamisen-peruste", a.rejectionReason());
            assessment.put("versio", a.revision());
            if (a.correctsId() != null) {
                assessment.put("korjaus", Map.of("korjattu-arviointi", a.correctsId(), "peruste", a.correctionReason()));
            }
            assessment.put("allekirjoitettu", a.signedAt().toString());
            assessment.put("arvioija", a.assessorName());
            demo.put("arviointi", assessment);
        } else {
            demo.put("arviointi", null);
        }
        root.put("naytto", demo);

        List<Map<String, Object>> requirements = new ArrayList<>();
        for (RequirementEvidence r : evidence.requirements()) {
            Map<String, Object> req = new LinkedHashMap<>();
            req.put("ammattitaitovaatimus", localized(r.text()));
            req.put("kohdealue", localized(r.area()));
            req.put("merkinnat", r.observations().stream().map(DemonstrationDocuments::observation).toList());
            requirements.add(req);
        }
        Map<String, Object> evidenceJson = new LinkedHashMap<>();
        evidenceJson.put("ammattitaitovaatimukset", requirements);
        evidenceJson.put("kortit", evidence.cards().stream().map(c -> {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("nimi", c.name());
            card.put("myonnetty", c.issuedOn().toString());
            card.put("voimassa", c.expiresOn() == null ? null : c.expiresOn().toString());
            return card;
        }).toList());
        root.put("osaamisen-todisteet", evidenceJson);
        audit.recordRead("DemonstrationDocument", id, d.summary().traineeId(), AuditDetails.what("exportJson"));
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root);
    }

    /** The koodisto of the four assessment targets of a näyttö (ammatillisennaytonarviointikohde), by Finnish name. */
    static final String TARGET_KOODISTO = "ammatillisennaytonarviointikohde";
    private static final Map<String, String> TARGET_CODES = Map.of(
            "työprosessin hallinta", "1",
            "työmenetelmien, -välineiden ja materiaalin hallinta", "2",
            "työmenetelmien, välineiden ja materiaalin hallinta", "2",
            "työn perustana olevan tiedon hallinta", "3",
            "elinikäisen oppimisen avaintaidot", "4");

    static String targetCode(String lowerCaseFinnishName) {
        return TARGET_CODES.get(lowerCaseFinnishName);
    }

    /**
     * The demonstration for eHOKS: one {@code hankittava-ammat-tutkinnon-osa} (the POST shape of eHOKS's
     * HankittavaAmmatillinenTutkinnonOsa) with the demonstration as its {@code osaamisen-osoittaminen}. The unit is
     * identified by its koodisto code URI and version from the catalogue; the education provider by its Opintopolku
     * OID when the plan has one (eHOKS knows institutions only by OID). Valid against eHOKS's schema translated to
     * JSON Schema (docs/ehoks-export.md). The assessment itself is not eHOKS data: see {@link #exportKoski(Long)}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String exportEhoks(Long id) {
        Detail d = service.detail(id);
        var unit = catalogue.findUnitSummary(d.summary().unitId()).orElseThrow();
        String codeUri = unit.codeUri() != null ? unit.codeUri()
                : unit.code().matches("\\d+") ? "tutkinnonosat_" + unit.code() : null;
        if (codeUri == null || !codeUri.matches("^tutkinnonosat_\\d+$")) {
            throw new fi.taitoura.base.BusinessRuleException("demonstration.error.notEhoksUnit");
        }
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("tutkinnon-osa-koodi-uri", codeUri);
        // 2014 exports of ePerusteet leave koodi.versio out; the tutkinnonosat codes are at version 1 there.
        part.put("tutkinnon-osa-koodi-versio", unit.codeVersion() != null ? unit.codeVersion() : 1);
        if (d.diaryNumber() != null && !d.diaryNumber().startsWith("TUTKINNONOSA-")) {
            part.put("tutkinnon-osan-perusteen-diaarinro", d.diaryNumber());
        }
        String oid = d.plan().educationProviderOid();
        if (oid != null) {
            part.put("koulutuksen-jarjestaja-oid", oid);
        }
        Map<String, Object> demo = new LinkedHashMap<>();
        if (oid != null) {
            demo.put("jarjestaja", Map.of("oppilaitos-oid", oid));
        }
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("nimi", d.workUnitName() + ", " + d.organisationName());
        environment.put("kuvaus", d.plan().place());
        demo.put("nayttoymparisto", environment);
        List<String> content = new ArrayList<>(d.tasks().stream().map(TaskRef::name).toList());
        if (d.plan().workDescription() != null) {
            content.add(d.plan().workDescription());
        }
        demo.put("sisallon-kuvaus", content);
        demo.put("alku", d.plan().startDate().toString());
        demo.put("loppu", d.plan().endDate().toString());
        Map<String, Object> teacher = new LinkedHashMap<>();
        teacher.put("nimi", d.summary().teacherName());
        teacher.put("organisaatio", oid == null ? Map.of() : Map.of("oppilaitos-oid", oid));
        demo.put("koulutuksen-jarjestaja-osaamisen-arvioijat", List.of(teacher));
        Map<String, Object> workplace = new LinkedHashMap<>();
        workplace.put("nimi", d.plan().workplaceAssessorId() != null ? d.summary().workplaceAssessor()
                : d.plan().workplaceAssessorName());
        workplace.put("organisaatio", Map.of("nimi", d.plan().workplaceAssessorId() != null ? d.organisationName()
                : d.plan().workplaceAssessorOrganisation()));
        demo.put("tyoelama-osaamisen-arvioijat", List.of(workplace));
        part.put("osaamisen-osoittaminen", List.of(demo));
        audit.recordRead("DemonstrationDocument", id, d.summary().traineeId(), AuditDetails.what("exportEhoks"));
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(part);
    }

    /**
     * The signed assessment in Koski's shape: a {@code Näyttö} (Opetushallitus/koski, schema/Ammatillinen.scala)
     * with its {@code NäytönArviointi} — grade, date, assessors, the four assessment targets of a näyttö where the
     * unit's targets are those, who decided and who took part in the discussion — as an education provider would
     * store it under the unit's suoritus in Koski. Only once an assessment is signed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String exportKoski(Long id) {
        Detail d = service.detail(id);
        AssessmentView a = d.current();
        if (a == null) {
            throw new fi.taitoura.base.BusinessRuleException("demonstration.error.notAssessed");
        }
        LevelScale scale = d.summary().scale();
        Map<String, Object> naytto = new LinkedHashMap<>();
        List<String> content = new ArrayList<>(d.tasks().stream().map(TaskRef::name).toList());
        if (d.plan().workDescription() != null) {
            content.add(d.plan().workDescription());
        }
        naytto.put("kuvaus", Map.of("fi", String.join("; ", content)));
        naytto.put("suorituspaikka", Map.of("tunniste", koskiKoodi(DemonstrationPlace.KOODISTO, d.placeKind().code()),
                "kuvaus", Map.of("fi", d.plan().place())));
        naytto.put("suoritusaika", Map.of("alku", d.plan().startDate().toString(),
                "loppu", d.plan().endDate().toString()));
        Map<String, Object> arviointi = new LinkedHashMap<>();
        DemonstrationGrades.Code overall = DemonstrationGrades.code(scale, a.overallGrade());
        arviointi.put("arvosana", koskiKoodi(overall.koodistoUri(), overall.value()));
        arviointi.put("päivä", a.assessedOn().toString());
        List<Map<String, Object>> assessors = new ArrayList<>();
        assessors.add(Map.of("nimi", d.summary().teacherName()));
        String workplaceName = d.plan().workplaceAssessorId() != null ? d.summary().workplaceAssessor()
                : d.plan().workplaceAssessorName();
        if (workplaceName != null) {
            assessors.add(Map.of("nimi", workplaceName));
        }
        arviointi.put("arvioitsijat", assessors);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (TargetView t : d.targets()) {
            String code = t.name() == null || t.name().getFi() == null ? null
                    : targetCode(t.name().getFi().trim().toLowerCase(Locale.ROOT));
            Integer g = a.targetGrades().get(t.id());
            if (code != null && g != null) {
                DemonstrationGrades.Code c = DemonstrationGrades.code(scale, g);
                targets.add(Map.of("tunniste", koskiKoodi(TARGET_KOODISTO, code),
                        "arvosana", koskiKoodi(c.koodistoUri(), c.value())));
            }
        }
        if (!targets.isEmpty()) {
            arviointi.put("arviointikohteet", targets);
        }
        if (!a.decidedBy().isEmpty()) {
            arviointi.put("arvioinnistaPäättäneet", a.decidedBy().stream()
                    .map(v -> koskiKoodi(DecidedBy.KOODISTO, v.code())).toList());
        }
        if (!a.discussion().isEmpty()) {
            arviointi.put("arviointikeskusteluunOsallistuneet", a.discussion().stream()
                    .map(v -> koskiKoodi(DiscussionParticipant.KOODISTO, v.code())).toList());
        }
        if (a.rejectionReason() != null) {
            arviointi.put("hylkäyksenPeruste", Map.of("fi", a.rejectionReason()));
        }
        naytto.put("arviointi", arviointi);
        naytto.put("työssäoppimisenYhteydessä", false);
        audit.recordRead("DemonstrationDocument", id, d.summary().traineeId(), AuditDetails.what("exportKoski"));
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(naytto);
    }

    private static Map<String, Object> koskiKoodi(String koodisto, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("koodiarvo", value);
        m.put("koodistoUri", koodisto);
        return m;
    }

    private static Map<String, Object> observation(ObservationEvidence o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paiva", o.day().toString());
        m.put("tyotehtava", o.task());
        m.put("itsenaisyys", o.level() == null ? null : independence(o.level()));
        m.put("huomio", o.note());
        return m;
    }

    private static String independence(IndependenceLevel level) {
        return switch (level) {
            case WITH_GUIDANCE -> "ohjattuna";
            case PARTLY_INDEPENDENT -> "osittain-itsenaisesti";
            case INDEPENDENT -> "itsenaisesti";
        };
    }

    private static Map<String, Object> grade(LevelScale scale, int grade) {
        DemonstrationGrades.Code c = DemonstrationGrades.code(scale, grade);
        return koodi(c.koodistoUri(), c.value());
    }

    private static Map<String, Object> koodi(String koodisto, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("koodiarvo", value);
        m.put("koodistoUri", koodisto);
        return m;
    }

    private static Map<String, Object> localized(fi.taitoura.base.db.LocalizedText text) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (text == null) {
            return m;
        }
        if (text.getFi() != null) {
            m.put("fi", text.getFi());
        }
        if (text.getSv() != null) {
            m.put("sv", text.getSv());
        }
        if (text.getEn() != null) {
            m.put("en", text.getEn());
        }
        return m;
    }
}
