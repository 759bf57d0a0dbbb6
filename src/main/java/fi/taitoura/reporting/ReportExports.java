package fi.taitoura.reporting;

import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.outcome.FollowUpState;
import fi.taitoura.employment.Outcome;
import fi.taitoura.reporting.FollowUpReport.EnvironmentRow;
import fi.taitoura.reporting.FollowUpReport.FunderRow;
import fi.taitoura.reporting.FollowUpReport.IpsRow;
import fi.taitoura.reporting.FollowUpReport.OutcomeRow;
import fi.taitoura.reporting.FollowUpReport.RowKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The follow-up table as xlsx (Apache POI's streaming writer: rows are flushed to disk as they are written, so a
 * national-scale table needs little memory) and as CSV (Apache Commons CSV). Cells hold real numbers and dates, not
 * text: counts as numbers, the attendance rate as a fraction with a percent format, dates with a date format.
 * Headers are in the reader's language; one table per section, the same columns in both formats.
 */
@Component
public class ReportExports {

    /** The tables of the follow-up report. */
    public enum Section { ENVIRONMENTS, OUTCOMES, FUNDER, IPS, IPS_FUNDER }

    private final TranslationProvider translations;

    ReportExports(TranslationProvider translations) {
        this.translations = translations;
    }

    // ------------------------------------------------------------------ tables (shared by xlsx and csv)

    /** One table: headers and rows of cells (String, Number, LocalDate, LocalDateTime or null). */
    record Table(String title, List<String> headers, List<List<Object>> rows, List<Boolean> bold,
                 List<Integer> percentColumns) {
    }

    Table table(FollowUpReport r, Section section, Locale l) {
        return switch (section) {
            case ENVIRONMENTS -> environments(r, l);
            case OUTCOMES -> outcomes(r, l);
            case FUNDER -> funder(r, l);
            case IPS -> ips(r, l);
            case IPS_FUNDER -> ipsFunder(r, l);
        };
    }

    private Table environments(FollowUpReport r, Locale l) {
        List<String> h = new ArrayList<>();
        for (String k : List.of("unit", "coach", "capacity", "active", "overCapacity", "started", "ended",
                "attendanceRate", "presentDays", "recordedDays", "requirementsShown", "demonstrationsAssessed",
                "demonstrationsPassed", "unitsPassed", "certificates", "certificateUnits", "summariesFinalised",
                "summariesDelivered", "outcomesRecorded",
                "toWorkOrEducation", "interrupted", "followUpConsent", "status3mRecorded", "toWorkOrEducation3m")) {
            h.add(t(l, "report.col." + k));
        }
        List<List<Object>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        for (EnvironmentRow e : r.environments()) {
            List<Object> row = new ArrayList<>();
            row.add(e.kind() == RowKind.TOTAL ? t(l, "report.total") : e.unitName());
            row.add(e.kind() == RowKind.COACH ? (e.coachName() == null ? t(l, "report.noCoach") : e.coachName())
                    : e.kind() == RowKind.UNIT ? t(l, "report.unitTotal") : null);
            row.add(e.capacity());
            row.add(e.activeTrainees());
            row.add(e.overCapacity() ? t(l, "report.overCapacity") : null);
            row.add(e.started());
            row.add(e.ended());
            row.add(e.attendanceRate());
            row.add(e.presentDays());
            row.add(e.recordedDays());
            row.add(e.requirementsShown());
            row.add(e.demonstrationsAssessed());
            row.add(e.demonstrationsPassed());
            row.add(e.unitsPassed());
            row.add(e.certificates());
            row.add(e.certificateUnits());
            row.add(e.summariesFinalised());
            row.add(e.summariesDelivered());
            row.add(e.outcomesRecorded());
            row.add(e.toWorkOrEducation());
            row.add(e.interrupted());
            row.add(e.followUpConsent());
            row.add(e.status3mRecorded());
            row.add(e.toWorkOrEducation3m());
            rows.add(row);
            bold.add(e.kind() != RowKind.COACH);
        }
        return new Table(t(l, "report.section.environments"), h, rows, bold, List.of(7));
    }

    private Table outcomes(FollowUpReport r, Locale l) {
        List<String> h = List.of(t(l, "report.col.outcome"), t(l, "report.col.atEnd"), t(l, "report.col.at3Months"));
        List<List<Object>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        for (OutcomeRow o : r.outcomes()) {
            rows.add(List.of(o.outcome() == null ? t(l, "report.outcomeMissing") : enumLabel(o.outcome(), l),
                    o.atEnd(), o.at3Months()));
            bold.add(false);
        }
        for (FollowUpState s : FollowUpState.values()) {
            List<Object> row = new ArrayList<>();
            row.add(t(l, "report.followUpState") + ": " + enumLabel(s, l));
            row.add(r.followUpStates().getOrDefault(s, 0L));
            row.add(null);
            rows.add(row);
            bold.add(false);
        }
        return new Table(t(l, "report.section.outcomes"), h, rows, bold, List.of());
    }

    private Table funder(FollowUpReport r, Locale l) {
        List<String> h = new ArrayList<>(List.of(t(l, "report.col.status"), t(l, "report.col.serviceForm"),
                t(l, "report.col.startedPeople"), t(l, "report.col.startedPeriods"), t(l, "report.col.endedPeople"),
                t(l, "report.col.endedPeriods")));
        for (Outcome o : Outcome.values()) {
            h.add(enumLabel(o, l));
        }
        h.add(t(l, "report.outcomeMissing"));
        List<List<Object>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        for (FunderRow f : r.funder()) {
            List<Object> row = new ArrayList<>();
            row.add(f.status() == null ? t(l, "report.total") : enumLabel(f.status(), l));
            row.add(f.serviceForm() == null ? null : enumLabel(f.serviceForm(), l));
            row.add(f.startedPeople());
            row.add(f.startedPeriods());
            row.add(f.endedPeople());
            row.add(f.endedPeriods());
            for (Outcome o : Outcome.values()) {
                row.add(f.outcomes().getOrDefault(o, 0L));
            }
            row.add(f.outcomeMissing());
            rows.add(row);
            bold.add(f.status() == null);
        }
        return new Table(t(l, "report.section.funder"), h, rows, bold, List.of());
    }

    private Table ips(FollowUpReport r, Locale l) {
        List<String> h = new ArrayList<>();
        for (String k : List.of("ips.team", "ips.coach", "ips.caseload", "ips.referrals", "ips.firstJobStarts",
                "ips.jobStarts", "ips.jobs13Weeks", "ips.outOfWork", "ips.employed", "ips.employmentRate",
                "ips.daysToContact", "ips.daysToJob", "ips.employerContacts", "ips.contactsPerWeek")) {
            h.add(t(l, "report.col." + k));
        }
        List<List<Object>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        if (r.ips() != null) {
            for (IpsRow i : r.ips().rows()) {
                List<Object> row = new ArrayList<>();
                row.add(i.team());
                row.add(i.coachId() == null ? t(l, "report.total") : i.coachName());
                row.add(i.caseload());
                row.add(i.referrals());
                row.add(i.firstJobStarts());
                row.add(i.jobStarts());
                row.add(i.jobs13Weeks());
                row.add(i.servedOutOfWork());
                row.add(i.employed());
                row.add(i.employmentRate());
                row.add(i.medianDaysToContact());
                row.add(i.medianDaysToJob());
                row.add(i.employerContacts());
                row.add(i.contactsPerWeek());
                rows.add(row);
                bold.add(i.coachId() == null);
            }
        }
        return new Table(t(l, "report.section.ips"), h, rows, bold, List.of(9));
    }

    private Table ipsFunder(FollowUpReport r, Locale l) {
        List<String> h = new ArrayList<>(List.of(t(l, "report.col.ips.variant"), t(l, "report.col.ips.started"),
                t(l, "report.col.ips.ended")));
        for (fi.taitoura.employment.Outcome o : fi.taitoura.employment.Outcome.values()) {
            h.add(enumLabel(o, l));
        }
        List<List<Object>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        if (r.ips() != null) {
            for (FollowUpReport.IpsFunderRow f : r.ips().funder()) {
                List<Object> row = new ArrayList<>();
                row.add(f.variant() == null ? t(l, "report.total") : enumLabel(f.variant(), l));
                row.add(f.started());
                row.add(f.ended());
                for (fi.taitoura.employment.Outcome o : fi.taitoura.employment.Outcome.values()) {
                    row.add(f.outcomes().getOrDefault(o, 0L));
                }
                rows.add(row);
                bold.add(f.variant() == null);
            }
        }
        return new Table(t(l, "report.section.ips_funder"), h, rows, bold, List.of());
    }

    // ------------------------------------------------------------------ xlsx

    /** The whole report as an xlsx workbook: a sheet about the report, then one sheet per section. */
    public byte[] xlsx(FollowUpReport r, Locale l) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles s = new Styles(wb);
            Sheet info = wb.createSheet(sheetName(t(l, "report.sheet.info")));
            int i = 0;
            i = infoRow(info, i, t(l, "report.title"), null, s);
            info.getRow(0).getCell(0).setCellStyle(s.bold);
            i = infoRow(info, i, t(l, "report.scope"), r.scope().isEmpty() ? t(l, "report.scopeAll") : r.scope(), s);
            i = infoRow(info, i, t(l, "report.from"), r.query().from(), s);
            i = infoRow(info, i, t(l, "report.to"), r.query().to(), s);
            i = infoRow(info, i, t(l, "report.asOf"), r.asOf(), s);
            i = infoRow(info, i, t(l, "report.generatedAt"), r.generatedAt(), s);
            infoRow(info, i, t(l, "report.generatedBy"), r.generatedBy(), s);
            info.setColumnWidth(0, 30 * 256);
            info.setColumnWidth(1, 50 * 256);
            for (Section section : Section.values()) {
                if ((section == Section.IPS || section == Section.IPS_FUNDER) && r.ips() == null) {
                    continue;
                }
                Table table = table(r, section, l);
                Sheet sheet = wb.createSheet(sheetName(table.title()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    var cell = head.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(s.header);
                    sheet.setColumnWidth(c, (c == 0 ? 34 : Math.max(12, Math.min(28, table.headers().get(c).length() + 2)))
                            * 256);
                }
                for (int rIdx = 0; rIdx < table.rows().size(); rIdx++) {
                    Row row = sheet.createRow(rIdx + 1);
                    boolean bold = table.bold().get(rIdx);
                    List<Object> values = table.rows().get(rIdx);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                            cell.setCellStyle(table.percentColumns().contains(c) ? (bold ? s.percentBold : s.percent)
                                    : (n instanceof Double ? (bold ? s.decimalBold : s.decimal)
                                    : (bold ? s.integerBold : s.integer)));
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(s.date);
                        } else {
                            cell.setCellValue(v.toString());
                            if (bold) {
                                cell.setCellStyle(s.bold);
                            }
                        }
                    }
                }
                sheet.createFreezePane(1, 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int infoRow(Sheet sheet, int i, String label, Object value, Styles s) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(label);
        if (value instanceof LocalDate d) {
            var cell = row.createCell(1);
            cell.setCellValue(d);
            cell.setCellStyle(s.date);
        } else if (value instanceof LocalDateTime dt) {
            var cell = row.createCell(1);
            cell.setCellValue(dt);
            cell.setCellStyle(s.dateTime);
        } else if (value != null) {
            row.createCell(1).setCellValue(value.toString());
        }
        return i + 1;
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String title) {
        String clean = title.replaceAll("[:\\\\/?*\\[\\]]", " ").trim();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle bold;
        final CellStyle integer;
        final CellStyle integerBold;
        final CellStyle decimal;
        final CellStyle decimalBold;
        final CellStyle percent;
        final CellStyle percentBold;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(Workbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            var format = wb.createDataFormat();
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            integer = wb.createCellStyle();
            integer.setDataFormat(format.getFormat("0"));
            integerBold = wb.createCellStyle();
            integerBold.cloneStyleFrom(integer);
            integerBold.setFont(boldFont);
            decimal = wb.createCellStyle();
            decimal.setDataFormat(format.getFormat("0.0"));
            decimalBold = wb.createCellStyle();
            decimalBold.cloneStyleFrom(decimal);
            decimalBold.setFont(boldFont);
            percent = wb.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            percentBold = wb.createCellStyle();
            percentBold.cloneStyleFrom(percent);
            percentBold.setFont(boldFont);
            date = wb.createCellStyle();
            date.setDataFormat(format.getFormat("d.m.yyyy"));
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(format.getFormat("d.m.yyyy h:mm"));
        }
    }

    // ------------------------------------------------------------------ csv

    /**
     * One section as CSV: UTF-8 with a byte-order mark (spreadsheets then read ä/ö right), semicolon-separated,
     * decimals in the reader's convention, dates as ISO yyyy-mm-dd, the attendance rate as a fraction (0..1).
     */
    public byte[] csv(FollowUpReport r, Section section, Locale l) {
        Table table = table(r, section, l);
        NumberFormat decimal = NumberFormat.getNumberInstance(l);
        decimal.setGroupingUsed(false);
        decimal.setMaximumFractionDigits(4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            writer.write('\ufeff');
            csv.printRecord(table.headers());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Object v : row) {
                    cells.add(v == null ? "" : v instanceof Double d ? decimal.format(d)
                            : v instanceof Number n ? String.valueOf(n.longValue()) : v.toString());
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String t(Locale l, String key, Object... params) {
        return translations.getTranslation(key, l, params);
    }

    private String enumLabel(Enum<?> e, Locale l) {
        return translations.enumLabel(e, l);
    }
}
