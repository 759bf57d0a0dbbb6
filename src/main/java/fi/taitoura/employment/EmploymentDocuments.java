package fi.taitoura.employment;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import fi.taitoura.employment.EmploymentRecords.CaseDetail;
import fi.taitoura.employment.EmploymentRecords.Client;
import fi.taitoura.employment.EmploymentRecords.ClientSummary;
import fi.taitoura.employment.EmploymentRecords.ContactView;
import fi.taitoura.employment.EmploymentRecords.EventView;
import fi.taitoura.employment.EmploymentRecords.FormView;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentRecords.TimelineKind;
import fi.taitoura.employment.EmploymentRecords.TimelineRow;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable documents of supported employment in Finnish, Swedish or English: each form as a PDF in the house
 * style ({@link PdfReport}), and the coach's per-client summary as a PDF and as an xlsx workbook (real dates and
 * numbers). Each export is audited with the client.
 */
@Service
public class EmploymentDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final EmploymentService service;
    private final EmployerService employers;
    private final TranslationProvider translations;
    private final AuditService audit;

    EmploymentDocuments(EmploymentService service, EmployerService employers, TranslationProvider translations,
                        AuditService audit) {
        this.service = service;
        this.employers = employers;
        this.translations = translations;
        this.audit = audit;
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private String e(Locale locale, Enum<?> value) {
        return value == null ? "" : translations.enumLabel(value, locale);
    }

    private static String d(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String num(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private String yesNo(Locale locale, Boolean b) {
        return b == null ? "" : t(locale, b ? "common.yes" : "common.no");
    }

    private PdfReport start(Locale locale, String title, CaseDetail c) {
        return PdfReport.a4(title, c.row().teamName()).language(locale).pageLabel(PdfReport.defaultPageLabel(locale))
                .footerNote(t(locale, "employment.pdf.printed", d(Time.today())));
    }

    private Map<String, String> clientFields(Locale locale, CaseDetail c) {
        Map<String, String> m = new LinkedHashMap<>();
        Client client = c.client();
        m.put(t(locale, "employment.field.client"), client.name());
        m.put(t(locale, "employment.field.dateOfBirth"), d(client.dateOfBirth()));
        m.put(t(locale, "employment.field.coach"), c.row().coachName());
        m.put(t(locale, "employment.field.team"), c.row().teamName());
        return m;
    }

    /** The form's one-line fields go into the header table, its longer texts follow as headed paragraphs. */
    private void shortTexts(Map<String, String> head, Locale locale, FormKind kind, Map<String, String> values) {
        for (FormField f : kind.fields()) {
            if (!f.multiline()) {
                head.put(t(locale, "employment.form." + kind + "." + f.key()), values.getOrDefault(f.key(), ""));
            }
        }
    }

    private void longTexts(PdfReport pdf, Locale locale, FormKind kind, Map<String, String> values) {
        for (FormField f : kind.fields()) {
            if (f.multiline()) {
                pdf.subheading(t(locale, "employment.form." + kind + "." + f.key()));
                String v = values.get(f.key());
                pdf.paragraph(v == null || v.isBlank() ? "–" : v);
            }
        }
    }

    // ------------------------------------------------------------------ forms

    /** A form of the case (any revision) as a PDF in the language. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional
    public byte[] formPdf(Long caseId, Long formId, Locale language) {
        Locale locale = TranslationProvider.supported(language);
        CaseDetail c = service.detail(caseId);
        FormView f = service.form(caseId, formId);
        String title = t(locale, "employment.form." + f.kind() + ".title");
        PdfReport pdf = start(locale, title, c).title(title)
                .subtitle(c.client().name() + (f.kind().versioned()
                        ? " · " + t(locale, "employment.form.revision", f.revision()) : ""));
        Map<String, String> head = clientFields(locale, c);
        head.put(t(locale, "employment.form." + f.kind() + ".date"), d(f.formDate()));
        if (f.kind().hasReviewDate()) {
            head.put(t(locale, "employment.form.reviewOn"), d(f.reviewOn()));
        }
        if (f.kind() == FormKind.SUPPORT_PLAN) {
            c.jobs().stream().filter(j -> j.id().equals(f.jobId())).findFirst().ifPresent(j -> head.put(
                    t(locale, "employment.job.title"), j.title() + ", " + j.employerName()));
        }
        if (f.kind() == FormKind.REFERRAL) {
            head.put(t(locale, "employment.form.REFERRAL.consent"), yesNo(locale, f.consent()));
        }
        if (f.kind() == FormKind.AGREEMENT) {
            head.put(t(locale, "employment.form.AGREEMENT.disclosure"), yesNo(locale, f.disclosure()));
            head.put(t(locale, "employment.form.AGREEMENT.parties"), f.parties().stream().sorted()
                    .map(p -> e(locale, p)).collect(Collectors.joining(", ")));
        }
        if (f.kind() == FormKind.CLOSURE) {
            head.put(t(locale, "employment.closure.outcome"), e(locale, f.outcome()));
            head.put(t(locale, "employment.closure.reason"), e(locale, f.closureReason()));
        }
        if (c.row().variant() == CaseVariant.STUDENT) {
            head.put(t(locale, "employment.school.school"), c.school().schoolName());
            head.put(t(locale, "employment.school.teacher"), c.school().teacherName());
        }
        shortTexts(head, locale, f.kind(), f.texts());
        pdf.fields(head);
        longTexts(pdf, locale, f.kind(), f.texts());
        switch (f.kind()) {
            case AGREEMENT -> {
                pdf.heading(t(locale, "employment.principles.title"));
                for (int i = 1; i <= 8; i++) {
                    pdf.paragraph(i + ". " + t(locale, "employment.principles." + i));
                }
                pdf.signatureLines(List.of(t(locale, "employment.pdf.signClient"),
                        t(locale, "employment.pdf.signCoach")));
            }
            case PROFILE -> workHistory(pdf, locale, c.workHistory());
            case CLOSURE -> followUps(pdf, locale, c.events());
            case JOB_SEARCH_PLAN, SUPPORT_PLAN, STUDY_PLAN -> pdf.signatureLines(List.of(
                    t(locale, "employment.pdf.signClient"), t(locale, "employment.pdf.signCoach")));
            default -> {
            }
        }
        audit.recordChange(AuditAction.EXPORT, "EmploymentForm", formId, c.client().traineeId(),
                AuditDetails.of("what", "pdf", "lang", locale.getLanguage()));
        return pdf.finish();
    }

    private void workHistory(PdfReport pdf, Locale locale, List<WorkHistoryView> rows) {
        pdf.heading(t(locale, "employment.workHistory.title"));
        if (rows.isEmpty()) {
            pdf.paragraph("–");
            return;
        }
        List<List<String>> table = new ArrayList<>();
        for (WorkHistoryView w : rows) {
            table.add(List.of(w.employerName() + (w.title() == null ? "" : "\n" + w.title())
                            + (w.periodText() == null ? "" : "\n" + w.periodText()), nz(w.tasks()), nz(w.liked()),
                    nz(w.disliked()), nz(w.leavingReason())));
        }
        pdf.table(new float[] {2.2f, 2f, 2f, 2f, 2f}, List.of(t(locale, "employment.workHistory.employer"),
                t(locale, "employment.workHistory.tasks"), t(locale, "employment.workHistory.liked"),
                t(locale, "employment.workHistory.disliked"), t(locale, "employment.workHistory.leavingReason")),
                table);
    }

    private void followUps(PdfReport pdf, Locale locale, List<EventView> events) {
        List<EventView> list = events.stream().filter(v -> v.kind() == EventKind.FOLLOW_UP)
                .sorted(java.util.Comparator.comparing(EventView::date)).toList();
        pdf.heading(t(locale, "employment.closure.followUps"));
        if (list.isEmpty()) {
            pdf.paragraph("–");
            return;
        }
        pdf.table(new float[] {1.2f, 2f, 4f}, List.of(t(locale, "employment.event.date"),
                        t(locale, "employment.event.status"), t(locale, "employment.event.note")),
                list.stream().map(v -> List.of(d(v.date()), e(locale, v.status()), nz(v.note()))).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Form C (job start) of a job. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional
    public byte[] jobStartPdf(Long caseId, Long jobId, Locale language) {
        Locale locale = TranslationProvider.supported(language);
        CaseDetail c = service.detail(caseId);
        JobView j = job(c, jobId);
        String title = t(locale, "employment.job.pdf.startTitle");
        PdfReport pdf = start(locale, title, c).title(title).subtitle(c.client().name());
        Map<String, String> m = clientFields(locale, c);
        m.put(t(locale, "employment.job.employer"), j.employerName());
        m.put(t(locale, "employment.job.title"), j.title());
        m.put(t(locale, "employment.job.startDate"), d(j.startDate()));
        m.put(t(locale, "employment.job.hours"), num(j.hoursPerWeek()));
        m.put(t(locale, "employment.job.pay"), j.payAmount() == null ? ""
                : num(j.payAmount()) + " € / " + e(locale, j.payUnit()));
        m.put(t(locale, "employment.job.contractType"), e(locale, j.contractType()));
        m.put(t(locale, "employment.job.paySubsidy"), yesNo(locale, j.paySubsidy()));
        m.put(t(locale, "employment.job.foundBy"), e(locale, j.foundBy()));
        m.put(t(locale, "employment.job.disclosed"), yesNo(locale, j.disclosed()));
        m.put(t(locale, "employment.job.firstFollowUp"), d(j.firstFollowUp()));
        pdf.fields(m);
        pdf.subheading(t(locale, "employment.job.tasks")).paragraph(dash(j.tasks()));
        pdf.subheading(t(locale, "employment.job.supports")).paragraph(dash(j.supports()));
        pdf.subheading(t(locale, "employment.job.notes")).paragraph(dash(j.notes()));
        audit.recordChange(AuditAction.EXPORT, "EmploymentJob", jobId, c.client().traineeId(),
                AuditDetails.of("what", "jobStartPdf", "lang", locale.getLanguage()));
        return pdf.finish();
    }

    /** Form D (job end) of an ended job. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional
    public byte[] jobEndPdf(Long caseId, Long jobId, Locale language) {
        Locale locale = TranslationProvider.supported(language);
        CaseDetail c = service.detail(caseId);
        JobView j = job(c, jobId);
        String title = t(locale, "employment.job.pdf.endTitle");
        PdfReport pdf = start(locale, title, c).title(title).subtitle(c.client().name());
        Map<String, String> m = clientFields(locale, c);
        m.put(t(locale, "employment.job.employer"), j.employerName());
        m.put(t(locale, "employment.job.title"), j.title());
        m.put(t(locale, "employment.job.startDate"), d(j.startDate()));
        m.put(t(locale, "employment.job.endDate"), d(j.endDate()));
        m.put(t(locale, "employment.job.duration"), t(locale, "employment.job.weeks", j.weeks(Time.today())));
        m.put(t(locale, "employment.job.endedBy"), e(locale, j.endedBy()));
        pdf.fields(m);
        pdf.subheading(t(locale, "employment.job.endReason")).paragraph(dash(j.endReason()));
        pdf.subheading(t(locale, "employment.job.learned")).paragraph(dash(j.learned()));
        pdf.subheading(t(locale, "employment.job.nextStep")).paragraph(dash(j.nextStep()));
        audit.recordChange(AuditAction.EXPORT, "EmploymentJob", jobId, c.client().traineeId(),
                AuditDetails.of("what", "jobEndPdf", "lang", locale.getLanguage()));
        return pdf.finish();
    }

    private static JobView job(CaseDetail c, Long jobId) {
        return c.jobs().stream().filter(j -> j.id().equals(jobId)).findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Job of another case"));
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    /** Form B of an employer contact, with the clients discussed and their disclosure choices. */
    @PreAuthorize("@employmentAccess.mayWriteContact(#contactId)")
    @Transactional
    public byte[] contactPdf(Long contactId, Locale language) {
        Locale locale = TranslationProvider.supported(language);
        ContactView c = employers.contact(contactId);
        String title = t(locale, "employer.contact.pdf.title");
        PdfReport pdf = PdfReport.a4(title, "").language(locale).pageLabel(PdfReport.defaultPageLabel(locale))
                .footerNote(t(locale, "employment.pdf.printed", d(Time.today())))
                .title(title).subtitle(c.employerName());
        Map<String, String> m = new LinkedHashMap<>();
        m.put(t(locale, "employer.contact.date"), d(c.date()));
        m.put(t(locale, "employer.contact.coach"), c.coachName());
        m.put(t(locale, "employer.contact.person"), c.personName());
        m.put(t(locale, "employer.contact.inPerson"), yesNo(locale, c.inPerson()));
        m.put(t(locale, "employer.contact.kind"), e(locale, c.kind()));
        m.put(t(locale, "employer.contact.nextStepOn"), d(c.nextStepOn()));
        pdf.fields(m);
        pdf.subheading(t(locale, "employer.contact.purpose")).paragraph(dash(c.purpose()));
        pdf.subheading(t(locale, "employer.contact.outcome")).paragraph(dash(c.outcome()));
        pdf.subheading(t(locale, "employer.contact.nextStep")).paragraph(dash(c.nextStep()));
        pdf.heading(t(locale, "employer.contact.clients"));
        if (c.clients().isEmpty()) {
            pdf.paragraph("–");
        } else {
            pdf.table(new float[] {3, 3}, List.of(t(locale, "employment.field.client"),
                    t(locale, "employment.form.AGREEMENT.disclosure")), c.clients().stream()
                    .map(k -> List.of(k.name(), k.disclosure() == null ? t(locale, "employment.disclosure.unknown")
                            : yesNo(locale, k.disclosure()))).toList());
        }
        for (var k : c.clients()) {
            audit.recordChange(AuditAction.EXPORT, "EmployerContact", contactId, k.traineeId(),
                    AuditDetails.of("what", "pdf", "lang", locale.getLanguage()));
        }
        return pdf.finish();
    }

    // ------------------------------------------------------------------ the coach's per-client summary

    /** The per-client summary as a PDF: the timeline of jobs and education transitions. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional
    public byte[] summaryPdf(Long caseId, Locale language) {
        Locale locale = TranslationProvider.supported(language);
        ClientSummary s = service.clientSummary(caseId);
        String title = t(locale, "employment.summary.title");
        PdfReport pdf = PdfReport.a4(title, s.teamName()).language(locale).pageLabel(PdfReport.defaultPageLabel(locale))
                .footerNote(t(locale, "employment.pdf.printed", d(Time.today())))
                .title(title).subtitle(s.client().name());
        Map<String, String> m = new LinkedHashMap<>();
        m.put(t(locale, "employment.field.client"), s.client().name());
        m.put(t(locale, "employment.field.dateOfBirth"), d(s.client().dateOfBirth()));
        m.put(t(locale, "employment.field.coach"), s.coachName());
        m.put(t(locale, "employment.field.phase"), e(locale, s.phase()));
        m.put(t(locale, "employment.field.referredOn"), d(s.referredOn()));
        m.put(t(locale, "employment.field.agreedOn"), d(s.agreedOn()));
        m.put(t(locale, "employment.field.closedOn"), d(s.closedOn()));
        m.put(t(locale, "employment.closure.outcome"), e(locale, s.outcome()));
        m.put(t(locale, "employment.summary.jobStarts"), String.valueOf(s.jobStarts()));
        m.put(t(locale, "employment.summary.daysToFirstJob"),
                s.daysToFirstJob() == null ? "" : String.valueOf(s.daysToFirstJob()));
        pdf.fields(m);
        List<TimelineRow> jobRows = s.rows().stream().filter(r -> r.kind() == TimelineKind.JOB).toList();
        pdf.heading(t(locale, "employment.summary.jobs"));
        if (jobRows.isEmpty()) {
            pdf.paragraph("–");
        } else {
            pdf.table(new float[] {1.2f, 1.2f, 2.2f, 2.4f, 0.9f, 1f, 1.4f}, List.of(
                    t(locale, "employment.job.startDate"), t(locale, "employment.job.endDate"),
                    t(locale, "employment.job.employer"), t(locale, "employment.job.title"),
                    t(locale, "employment.job.hoursShort"), t(locale, "employment.job.weeksShort"),
                    t(locale, "employment.job.contractType")),
                    jobRows.stream().map(r -> List.of(d(r.start()), d(r.end()), nz(r.place()), nz(r.title()),
                            num(r.hoursPerWeek()), r.weeks() == null ? "" : String.valueOf(r.weeks()),
                            e(locale, r.contractType()) + (Boolean.TRUE.equals(r.paySubsidy())
                                    ? ", " + t(locale, "employment.job.paySubsidyShort") : ""))).toList());
        }
        List<TimelineRow> eduRows = s.rows().stream().filter(r -> r.kind() != TimelineKind.JOB).toList();
        pdf.heading(t(locale, "employment.summary.education"));
        if (eduRows.isEmpty()) {
            pdf.paragraph("–");
        } else {
            pdf.table(new float[] {1.2f, 1.2f, 3f, 2.5f, 1.4f}, List.of(t(locale, "employment.education.startDate"),
                    t(locale, "employment.education.endDate"), t(locale, "employment.education.programme"),
                    t(locale, "employment.education.institution"), t(locale, "employment.education.outcome")),
                    eduRows.stream().map(r -> List.of(d(r.start()), d(r.end()), nz(r.title()), nz(r.place()),
                            e(locale, r.educationOutcome()))).toList());
        }
        audit.recordChange(AuditAction.EXPORT, "EmploymentCase", caseId, s.client().traineeId(),
                AuditDetails.of("what", "clientSummaryPdf", "lang", locale.getLanguage()));
        return pdf.finish();
    }

    /** The per-client summary as an xlsx workbook: a sheet of jobs and one of education, real dates and numbers. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional
    public byte[] summaryXlsx(Long caseId, Locale language) {
        Locale locale = TranslationProvider.supported(language);
        ClientSummary s = service.clientSummary(caseId);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CreationHelper helper = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("d.m.yyyy"));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(helper.createDataFormat().getFormat("0.0"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet jobsSheet = wb.createSheet(t(locale, "employment.summary.jobs"));
            title(jobsSheet, header, t(locale, "employment.summary.title") + ": " + s.client().name());
            headerRow(jobsSheet, 2, header, t(locale, "employment.job.startDate"), t(locale, "employment.job.endDate"),
                    t(locale, "employment.job.employer"), t(locale, "employment.job.title"),
                    t(locale, "employment.job.hours"), t(locale, "employment.job.weeksShort"),
                    t(locale, "employment.job.contractType"), t(locale, "employment.job.paySubsidy"),
                    t(locale, "employment.job.endedBy"));
            int r = 3;
            for (TimelineRow row : s.rows()) {
                if (row.kind() != TimelineKind.JOB) {
                    continue;
                }
                Row x = jobsSheet.createRow(r++);
                dateCell(x, 0, row.start(), date);
                dateCell(x, 1, row.end(), date);
                x.createCell(2).setCellValue(nz(row.place()));
                x.createCell(3).setCellValue(nz(row.title()));
                Cell hours = x.createCell(4);
                hours.setCellValue(row.hoursPerWeek().doubleValue());
                hours.setCellStyle(decimal);
                x.createCell(5).setCellValue(row.weeks() == null ? 0 : row.weeks());
                x.createCell(6).setCellValue(e(locale, row.contractType()));
                x.createCell(7).setCellValue(Boolean.TRUE.equals(row.paySubsidy()));
                x.createCell(8).setCellValue(e(locale, row.endedBy()));
            }
            for (int i = 0; i < 9; i++) {
                jobsSheet.setColumnWidth(i, i == 2 || i == 3 ? 32 * 256 : 14 * 256);
            }

            Sheet eduSheet = wb.createSheet(t(locale, "employment.summary.education"));
            title(eduSheet, header, t(locale, "employment.summary.title") + ": " + s.client().name());
            headerRow(eduSheet, 2, header, t(locale, "employment.education.startDate"),
                    t(locale, "employment.education.endDate"), t(locale, "employment.education.programme"),
                    t(locale, "employment.education.institution"), t(locale, "employment.education.outcome"),
                    t(locale, "employment.summary.kind"));
            r = 3;
            for (TimelineRow row : s.rows()) {
                if (row.kind() == TimelineKind.JOB) {
                    continue;
                }
                Row x = eduSheet.createRow(r++);
                dateCell(x, 0, row.start(), date);
                dateCell(x, 1, row.end(), date);
                x.createCell(2).setCellValue(nz(row.title()));
                x.createCell(3).setCellValue(nz(row.place()));
                x.createCell(4).setCellValue(e(locale, row.educationOutcome()));
                x.createCell(5).setCellValue(t(locale, "employment.summary.kind." + row.kind()));
            }
            for (int i = 0; i < 6; i++) {
                eduSheet.setColumnWidth(i, i == 2 || i == 3 ? 36 * 256 : 14 * 256);
            }
            wb.write(out);
            audit.recordChange(AuditAction.EXPORT, "EmploymentCase", caseId, s.client().traineeId(),
                    AuditDetails.of("what", "clientSummaryXlsx", "lang", locale.getLanguage()));
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void title(Sheet sheet, CellStyle style, String text) {
        Cell c = sheet.createRow(0).createCell(0);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static void headerRow(Sheet sheet, int index, CellStyle style, String... labels) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < labels.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(labels[i]);
            c.setCellStyle(style);
        }
        sheet.createFreezePane(0, index + 1);
    }

    private static void dateCell(Row row, int col, LocalDate value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(style);
        }
    }
}
