package fi.taitoura.inclusion;

import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.capacity.InclusionReport;
import fi.taitoura.inclusion.InclusionGroupReportService.GroupReport;
import fi.taitoura.inclusion.InclusionGroupReportService.OptionCount;
import fi.taitoura.inclusion.InclusionGroupReportService.QuestionReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The inclusion survey's group report for the funder as xlsx (POI's streaming writer) and CSV (Commons CSV): one
 * row per statement, option and open answer, with real numbers and dates. A withheld part is not written at all.
 */
@Component
class InclusionExports {

    private final TranslationProvider translations;

    InclusionExports(TranslationProvider translations) {
        this.translations = translations;
    }

    /** Rows of the report: part, question, option (or statement), start, end (numbers), or a text. */
    private List<List<Object>> rows(GroupReport r, Locale l) {
        List<List<Object>> rows = new ArrayList<>();
        InclusionReport st = r.statements();
        if (r.statementsWithheld() == null && st.shown()) {
            for (InclusionReport.StatementChange s : st.statements()) {
                rows.add(List.of(t(l, "inclusion.nav"), s.number() + ". " + s.text(), t(l, "survey.mean"),
                        s.startMean(), s.endMean()));
            }
        }
        if (r.shown()) {
            for (QuestionReport q : r.questions()) {
                for (OptionCount o : q.options()) {
                    rows.add(List.of(q.part(), q.text(), o.label(), o.start(), o.end()));
                }
                if (q.startMean() != null || q.endMean() != null) {
                    List<Object> mean = new ArrayList<>(List.of(q.part(), q.text(), t(l, "survey.mean")));
                    mean.add(q.startMean());
                    mean.add(q.endMean());
                    rows.add(mean);
                }
                for (String text : q.openAnswers()) {
                    List<Object> row = new ArrayList<>(List.of(q.part(), q.text(), text));
                    row.add(null);
                    row.add(null);
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private List<String> headers(Locale l) {
        return List.of(t(l, "survey.col.part"), t(l, "survey.col.question"), t(l, "survey.col.option"),
                t(l, "survey.col.start"), t(l, "survey.col.end"));
    }

    byte[] xlsx(GroupReport r, Locale l) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            var format = wb.createDataFormat();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(format.getFormat("d.m.yyyy"));
            CellStyle integer = wb.createCellStyle();
            integer.setDataFormat(format.getFormat("0"));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(format.getFormat("0.00"));
            var bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            Sheet sheet = wb.createSheet(t(l, "survey.sheet"));
            int i = 0;
            i = info(sheet, i, t(l, "survey.report.group"), r.groupName(), null);
            i = info(sheet, i, t(l, "survey.report.windowFrom"), r.window().from(), date);
            i = info(sheet, i, t(l, "survey.report.windowTo"), r.window().to(), date);
            i = info(sheet, i, t(l, "survey.report.respondentsStatements"), (long) r.statements().respondents(),
                    integer);
            i = info(sheet, i, t(l, "survey.report.respondentsParts"), r.respondents(), integer);
            i = info(sheet, i, t(l, "survey.report.minGroupSize"), (long) r.minGroupSize(), integer);
            if (r.statementsWithheld() != null || r.withheld() != null) {
                i = info(sheet, i, t(l, "survey.report.withheldNote"), t(l, "survey.report.withheldExport"), null);
            }
            if (r.workingText()) {
                i = info(sheet, i, t(l, "survey.report.workingText"), t(l, "survey.report.workingTextNote"), null);
            }
            i++;
            Row head = sheet.createRow(i++);
            List<String> headers = headers(l);
            for (int c = 0; c < headers.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
            }
            for (List<Object> values : rows(r, l)) {
                Row row = sheet.createRow(i++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(n instanceof Double ? decimal : integer);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.setColumnWidth(0, 26 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.setColumnWidth(3, 12 * 256);
            sheet.setColumnWidth(4, 12 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int info(Sheet sheet, int i, String label, Object value, CellStyle style) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(label);
        var cell = row.createCell(1);
        if (value instanceof java.time.LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof Long n) {
            cell.setCellValue(n);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return i + 1;
    }

    byte[] csv(GroupReport r, Locale l) {
        NumberFormat decimal = NumberFormat.getNumberInstance(l);
        decimal.setGroupingUsed(false);
        decimal.setMaximumFractionDigits(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            writer.write('\ufeff');
            csv.printRecord(headers(l));
            for (List<Object> row : rows(r, l)) {
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
}
