package fi.taitoura.demonstration.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.demonstration.DemonstrationDocuments;
import fi.taitoura.demonstration.DemonstrationRecords.Summary;
import fi.taitoura.demonstration.DemonstrationStatus;
import java.util.List;

/** A list of demonstrations; a click (or Enter) opens one. */
class DemonstrationGrid extends Grid<Summary> {

    DemonstrationGrid(TranslationProvider translations, DemonstrationDocuments documents, boolean showTrainee,
                      List<Summary> rows) {
        addColumn(s -> dates(s.startDate(), s.endDate()))
                .setHeader(getTranslation("demonstration.field.dates")).setAutoWidth(true).setFlexGrow(0);
        if (showTrainee) {
            addColumn(Summary::traineeName).setHeader(getTranslation("demonstration.field.trainee")).setAutoWidth(true);
        }
        var unitColumn = addColumn(s -> s.unitCode() + " " + s.unitName().in(getLocale()))
                .setHeader(getTranslation("demonstration.field.unit")).setFlexGrow(3)
                .setTooltipGenerator(s -> s.unitName().in(getLocale()));
        var placeColumn = addColumn(Summary::place).setHeader(getTranslation("demonstration.field.place")).setFlexGrow(2);
        var teacherColumn = addColumn(Summary::teacherName).setHeader(getTranslation("demonstration.field.teacher")).setAutoWidth(true);
        addComponentColumn(s -> state(s, translations, documents)).setHeader(getTranslation("demonstration.field.status"))
                .setAutoWidth(true);
        setItems(rows);
        // a phone: when, whose (else which unit) and state; a tap opens the demonstration
        if (showTrainee) {
            PhoneColumns.hide(this, unitColumn, placeColumn, teacherColumn);
        } else {
            PhoneColumns.hide(this, placeColumn, teacherColumn);
        }
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        addItemClickListener(e -> UI.getCurrent().navigate("demonstrations/" + e.getItem().id()));
        addClassName("demonstration-grid");
    }

    static String dates(java.time.LocalDate start, java.time.LocalDate end) {
        return start.equals(end) ? Formats.date(start) : Formats.range(start, end);
    }

    /** "Hyväksytty · 4", and "Hylätty" alone where the grade says the same ("Hylätty · hylätty"). */
    static String resultLabel(String result, String grade) {
        return grade == null || grade.isBlank() || grade.equalsIgnoreCase(result) ? result : result + " · " + grade;
    }

    /** The state as a badge: planned, awaiting assessment, passed with grade, not passed, cancelled. */
    static Span state(Summary s, TranslationProvider translations, DemonstrationDocuments documents) {
        Span badge = new Span();
        java.util.Locale locale = UI.getCurrent() == null ? TranslationProvider.FINNISH : UI.getCurrent().getLocale();
        badge.addClassName("demonstration-state");
        if (s.status() == DemonstrationStatus.ASSESSED && s.overallGrade() != null) {
            boolean passed = Boolean.TRUE.equals(s.passed());
            badge.setText(resultLabel(badge.getTranslation(passed ? "demonstration.result.passed"
                    : "demonstration.result.notPassed"), documents.gradeLabel(s.scale(), s.overallGrade(), locale)));
            badge.addClassName(passed ? "badge-ok" : "badge-error");
        } else if (s.status() == DemonstrationStatus.PLANNED
                && s.awaitingAssessment(Time.today())) {
            badge.setText(badge.getTranslation("demonstration.state.awaiting"));
            badge.addClassName("badge-warning");
        } else {
            badge.setText(translations.enumLabel(s.status(), locale));
            badge.addClassName("badge-neutral");
        }
        return badge;
    }
}
