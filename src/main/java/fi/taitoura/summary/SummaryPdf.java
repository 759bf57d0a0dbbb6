package fi.taitoura.summary;

import fi.taitoura.base.chart.ChartRenderer;
import fi.taitoura.base.chart.LineChart;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.summary.SummaryData.CapacityDomain;
import fi.taitoura.summary.SummaryData.CapacityInstrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a summary as an A4 PDF in the chosen language, from frozen data only (no database access). */
public final class SummaryPdf {

    /** A capacity chart panel in the PDF (two side by side on the 495 pt text width). */
    static final int PANEL_WIDTH = 300;
    static final int PANEL_HEIGHT = 210;
    /** Panels drawn as one block: two rows of two. */
    static final int PANELS_PER_BLOCK = 4;

    private SummaryPdf() {
    }

    /** What the PDF needs besides the data: the editable sections, verification and presentation details. */
    public record Texts(String strengths, String limitations, String unitStatement, String coachStatement,
                 Map<RecommendationKind, String> recommendations, String followUp, int revision) {
    }

    public static byte[] render(SummaryData d, Texts texts, Locale locale, TranslationProvider tr, String code,
                         String verifyUrl, byte[] qrPng, byte[] logo) {
        return renderDocument(d, texts, locale, tr, code, verifyUrl, qrPng, logo).pdf();
    }

    /** The PDF and its accessible HTML twin, from the same drawing calls. */
    public static PdfReport.Rendered renderDocument(SummaryData d, Texts texts, Locale locale, TranslationProvider tr,
                                                    String code, String verifyUrl, byte[] qrPng, byte[] logo) {
        java.util.function.BiFunction<String, Object[], String> t = (key, params) -> tr.getTranslation(key, locale,
                params);
        PdfReport pdf = PdfReport.a4(t.apply("summary.pdf.title", new Object[0]), d.organisation())
                .language(locale)
                .pageLabel(PdfReport.defaultPageLabel(locale))
                .footerNote(t.apply("summary.pdf.footer", new Object[] {code}))
                .logo(logo);
        String draftMark = t.apply("summary.draftMark", new Object[0]);
        if (draftMark.equals(code)) {
            pdf.watermark(draftMark); // a preview (SummaryService.preview): never mistaken for the issued summary
        }
        pdf.title(t.apply("summary.pdf.title", new Object[0])).subtitle(d.traineeName()
                + (texts.revision() > 1 ? " · " + t.apply("summary.revision", new Object[] {texts.revision()}) : ""));

        Map<String, String> f = new LinkedHashMap<>();
        f.put(tr.getTranslation("trainee.name", locale), d.traineeName());
        f.put(tr.getTranslation("trainee.dateOfBirth", locale), Formats.date(d.dateOfBirth()));
        f.put(tr.getTranslation("user.organisation", locale), d.organisation());
        f.put(tr.getTranslation("period.workUnit", locale), d.workUnit());
        f.put(tr.getTranslation("period.status", locale), tr.getTranslation("enum.PeriodStatus." + d.status(), locale));
        f.put(tr.getTranslation("period.serviceForm", locale),
                tr.getTranslation("enum.ServiceForm." + d.serviceForm(), locale));
        f.put(tr.getTranslation("period.dates", locale), Formats.range(d.start(), d.end() != null ? d.end()
                : d.plannedEnd()));
        f.put(tr.getTranslation("summary.pdf.schedule", locale), t.apply("summary.pdf.scheduleValue",
                new Object[] {d.daysPerWeek(), d.hoursPerDay()}));
        f.put(tr.getTranslation("period.coaches", locale), String.join(", ", d.coaches()));
        f.put(tr.getTranslation("period.careerAgent", locale), d.careerAgent());
        f.put(tr.getTranslation("summary.pdf.referrer", locale), d.referrer());
        pdf.fields(f);

        pdf.heading(tr.getTranslation("summary.section.attendance", locale));
        pdf.paragraph(t.apply("summary.attendanceLine", new Object[] {d.attendance().present(),
                d.attendance().planned(), d.attendance().absent(), d.attendance().sick(), d.attendance().other(),
                d.attendance().present() + d.attendance().absent() + d.attendance().sick() + d.attendance().other()}));

        pdf.heading(tr.getTranslation("summary.section.tasks", locale));
        if (d.tasks().isEmpty()) {
            pdf.paragraph(tr.getTranslation("summary.none", locale));
        } else {
            pdf.table(new float[] {3, 1, 1}, List.of(tr.getTranslation("summary.difficulty", locale),
                    tr.getTranslation("summary.differentTasks", locale), tr.getTranslation("summary.times", locale)),
                    d.tasks().stream().map(l -> List.of(l.level() + " – " + tr.getTranslation("enum.TaskDifficulty."
                            + l.difficulty(), locale), String.valueOf(l.tasks()), String.valueOf(l.times()))).toList());
        }

        pdf.heading(tr.getTranslation("summary.section.competence", locale));
        if (d.competence().isEmpty()) {
            pdf.paragraph(tr.getTranslation("summary.none", locale));
        } else {
            pdf.table(new float[] {4, 1.3f, 1.3f, 1.4f}, List.of(tr.getTranslation("summary.unit", locale),
                    tr.getTranslation("summary.shown", locale), tr.getTranslation("summary.independently", locale),
                    tr.getTranslation("summary.readiness", locale)),
                    d.competence().stream().map(u -> List.of(u.code() + " " + u.name().in(locale),
                            u.shown() + " / " + u.total(), u.independent() + " / " + u.total(),
                            u.ready() ? tr.getTranslation("ledger.ready", locale) : "–")).toList());
        }
        if (!d.demonstrations().isEmpty()) {
            pdf.subheading(tr.getTranslation("summary.section.demonstrations", locale));
            pdf.table(new float[] {4, 1.5f, 1.5f}, List.of(tr.getTranslation("summary.unit", locale),
                    tr.getTranslation("summary.date", locale), tr.getTranslation("summary.grade", locale)),
                    d.demonstrations().stream().map(x -> List.of(x.unitCode() + " " + x.unitName().in(locale),
                            Formats.date(x.date()), x.grade())).toList());
        }

        fi.taitoura.document.DocumentSections.cards(pdf, d.cards(), tr, locale);

        pdf.heading(tr.getTranslation("goal.title", locale));
        if (d.goals().isEmpty()) {
            pdf.paragraph(tr.getTranslation("summary.none", locale));
        } else {
            pdf.table(new float[] {3, 3, 1.4f}, List.of(tr.getTranslation("goal.description", locale),
                    tr.getTranslation("goal.support", locale), tr.getTranslation("goal.outcome", locale)),
                    d.goals().stream().map(g -> List.of(g.description(), g.support() == null ? "" : g.support(),
                            g.outcome() == null ? tr.getTranslation("goal.inProgress", locale)
                                    : tr.getTranslation("enum.GoalOutcome." + g.outcome(), locale))).toList());
        }

        // A heading goes to the next page with its chart when the chart does not fit below it (no orphaned
        // heading and a page left empty); every chart is drawn at one size and font, 495 pt wide: two 300 px panels
        // scaled by 0.83, so the charts' 12 px text prints at about 10 pt (issue 13).
        if (!d.capacity().isEmpty()) {
            int[] first = ChartRenderer.size(Math.min(PANELS_PER_BLOCK, panels(d.capacity().get(0), locale, tr).size()),
                    2, PANEL_WIDTH, PANEL_HEIGHT);
            pdf.keepSpace(60 + 495f * first[1] / first[0]);
        }
        pdf.heading(tr.getTranslation("summary.section.capacity", locale));
        if (d.capacity().isEmpty()) {
            pdf.paragraph(tr.getTranslation("summary.noCapacity", locale));
        }
        for (CapacityInstrument instrument : d.capacity()) {
            List<LineChart> all = panels(instrument, locale, tr);
            // At most two rows of panels in one block, so a block always fits a page with its heading (the panels
            // are larger than before for readable text; a whole instrument no longer fits one page).
            for (int from = 0; from < all.size(); from += PANELS_PER_BLOCK) {
                List<LineChart> panels = all.subList(from, Math.min(all.size(), from + PANELS_PER_BLOCK));
                int[] size = ChartRenderer.size(panels.size(), 2, PANEL_WIDTH, PANEL_HEIGHT);
                pdf.keepSpace((from == 0 ? 30 : 0) + 495f * size[1] / size[0]);
                if (from == 0) {
                    pdf.subheading(instrument.name().in(locale));
                }
                pdf.graphics(495, size[0], size[1], g -> ChartRenderer.draw(g, panels, 2, PANEL_WIDTH, PANEL_HEIGHT,
                        locale));
            }
            pdf.table(new float[] {3, 1.6f, 1.6f}, List.of(tr.getTranslation("summary.domain", locale),
                    tr.getTranslation("summary.coachRating", locale), tr.getTranslation("summary.selfRating", locale)),
                    instrument.domains().stream().map(dm -> List.of(dm.name().in(locale),
                            change(dm.coachStart(), dm.coachEnd(), locale), change(dm.selfStart(), dm.selfEnd(), locale))).toList());
        }
        pdf.note(tr.getTranslation("summary.pdf.capacityNote", locale));

        section(pdf, tr.getTranslation("summary.strengths", locale), texts.strengths());
        section(pdf, tr.getTranslation("summary.limitations", locale), texts.limitations());
        section(pdf, tr.getTranslation("summary.unitStatement", locale), texts.unitStatement());
        section(pdf, tr.getTranslation("summary.coachStatement", locale), texts.coachStatement());
        pdf.heading(tr.getTranslation("summary.recommendations", locale));
        if (texts.recommendations().isEmpty()) {
            pdf.paragraph("–");
        }
        texts.recommendations().forEach((kind, text) -> pdf.bullet(tr.getTranslation("enum.RecommendationKind."
                + kind.name(), locale) + (text == null || text.isBlank() ? "" : ": " + text)));
        section(pdf, tr.getTranslation("summary.followUp", locale), texts.followUp());

        pdf.signatureLines(List.of(tr.getTranslation("summary.pdf.signCareerAgent", locale),
                tr.getTranslation("summary.pdf.signCoach", locale)));
        pdf.imageWithText(qrPng, 72, List.of(tr.getTranslation("summary.pdf.verify", locale), verifyUrl,
                tr.getTranslation("verify.code", locale) + ": " + code));
        return pdf.finishWithHtml();
    }

    private static void section(PdfReport pdf, String title, String text) {
        pdf.heading(title);
        pdf.paragraph(text == null || text.isBlank() ? "–" : text);
    }

    /** "2,5 → 3,5 (+1,0)": the document's language decides the decimal separator (Finnish and Swedish: comma). */
    public static String change(Double start, Double end, Locale locale) {
        if (start == null || end == null) {
            return "–";
        }
        double delta = end - start;
        return String.format(locale, "%.1f → %.1f (%s%.1f)", start, end, delta >= 0 ? "+" : "−", Math.abs(delta));
    }

    /** The change chart of an instrument: one panel per domain, coach (solid) and self-assessment (dashed). */
    static List<LineChart> panels(CapacityInstrument instrument, Locale locale, TranslationProvider tr) {
        List<LineChart> panels = new ArrayList<>();
        for (CapacityDomain dm : instrument.domains()) {
            panels.add(new LineChart(dm.name().in(locale), "", instrument.min(), instrument.max(), List.of(
                    new LineChart.Series(tr.getTranslation("summary.coachRating", locale), false,
                            dm.coach().stream().map(p -> new LineChart.Point(p.date(), p.value())).toList()),
                    new LineChart.Series(tr.getTranslation("summary.selfRating", locale), true,
                            dm.self().stream().map(p -> new LineChart.Point(p.date(), p.value())).toList()))));
        }
        return panels;
    }
}
