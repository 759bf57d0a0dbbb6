package fi.taitoura.demonstration.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.catalogue.CatalogueDto.CriterionView;
import fi.taitoura.catalogue.CatalogueDto.TargetView;
import fi.taitoura.catalogue.CriterionLevel;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.demonstration.DecidedBy;
import fi.taitoura.demonstration.DemonstrationDocuments;
import fi.taitoura.demonstration.DemonstrationGrades;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentInput;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentView;
import fi.taitoura.demonstration.DemonstrationRecords.Detail;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.demonstration.DemonstrationStatus;
import fi.taitoura.demonstration.DiscussionParticipant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The assessment of a demonstration. For the assigned teacher, while no signed assessment exists or a correction is
 * open: each assessment target with its criteria per level side by side and a grade on the unit's scale, then the
 * overall grade, who decided, who took part in the assessment discussion, comments and the reason when not passed;
 * "save draft" and "sign" (which locks it). Otherwise the signed result, read-only, with its corrections.
 */
class AssessmentPanel extends VerticalLayout {

    private final DemonstrationService service;
    private final DemonstrationDocuments documents;
    private final TranslationProvider translations;
    private final Detail detail;
    private final Runnable reload;
    private final LevelScale scale;

    private final Map<Long, RadioButtonGroup<Integer>> targetGrades = new LinkedHashMap<>();
    private final Map<Long, TextField> targetNotes = new LinkedHashMap<>();
    private DatePicker assessedOn;
    private RadioButtonGroup<Integer> overall;
    private CheckboxGroup<DecidedBy> decidedBy;
    private CheckboxGroup<DiscussionParticipant> discussion;
    private TextArea comments;
    private TextArea rejection;
    private long draftVersion;
    /** The form's bean and its binder; signing checks more than saving a draft ({@link #signing}). */
    private final AssessmentForm form = new AssessmentForm();
    private final Binder<AssessmentForm> binder = new Binder<>();
    private boolean signing;

    AssessmentPanel(DemonstrationService service, DemonstrationDocuments documents, TranslationProvider translations,
                    Detail detail, Runnable reload) {
        this.service = service;
        this.documents = documents;
        this.translations = translations;
        this.detail = detail;
        this.reload = reload;
        this.scale = detail.summary().scale();
        setPadding(false);
        addClassName("demonstration-assessment");
        boolean editable = detail.canAssess() && (detail.draft() != null || detail.current() == null);
        if (detail.summary().status() == DemonstrationStatus.CANCELLED) {
            add(new Paragraph(getTranslation("demonstration.assessment.cancelled")));
        } else if (editable && detail.summary().startDate().isAfter(Time.today())) {
            add(new Paragraph(getTranslation("demonstration.assessment.notYet",
                    Formats.date(detail.summary().startDate()))));
            criteriaOnly();
        } else if (editable) {
            form(detail.draft() != null ? detail.draft() : detail.current());
        } else if (detail.current() != null) {
            result(detail.current());
        } else {
            add(new Paragraph(getTranslation("demonstration.assessment.pending")));
            criteriaOnly();
        }
        history();
    }

    private void criteriaOnly() {
        add(new H3(getTranslation("demonstration.assessment.targets")));
        for (TargetView t : detail.targets()) {
            add(targetBox(t, null, null));
        }
    }

    /** A target with its criteria per level side by side (T1 | H3 | K5, or the pass criteria). */
    private Div targetBox(TargetView t, RadioButtonGroup<Integer> grade, TextField note) {
        Div box = new Div();
        box.addClassName("assessment-target");
        H4 name = new H4(t.name().in(getLocale()));
        box.add(name);
        Div levels = new Div();
        levels.addClassName("assessment-criteria");
        for (CriterionLevel level : CriterionLevel.values()) {
            List<CriterionView> criteria = t.criteria().stream().filter(c -> c.current() && c.level() == level)
                    .toList();
            if (criteria.isEmpty()) {
                continue;
            }
            Div column = new Div();
            column.addClassName("assessment-level");
            column.addClassName("level-" + level.name().toLowerCase(java.util.Locale.ROOT));
            Span heading = new Span(levelLabel(level));
            heading.addClassName("assessment-level-title");
            column.add(heading);
            com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
            criteria.forEach(c -> list.add(new com.vaadin.flow.component.html.ListItem(c.text().in(getLocale()))));
            column.add(list);
            levels.add(column);
        }
        box.add(levels);
        if (grade != null) {
            box.add(grade);
        }
        if (note != null) {
            box.add(note);
        }
        return box;
    }

    private String levelLabel(CriterionLevel level) {
        String code = switch (level) {
            case SATISFACTORY -> "T1";
            case GOOD -> scale == LevelScale.ONE_TO_THREE ? "H2" : "H3";
            case EXCELLENT -> scale == LevelScale.ONE_TO_THREE ? "K3" : "K5";
            case PASS -> "";
        };
        String label = translations.enumLabel(level, getLocale());
        return code.isEmpty() ? label : label + " " + code;
    }

    private RadioButtonGroup<Integer> gradeField(String label) {
        RadioButtonGroup<Integer> field = new RadioButtonGroup<>(label);
        field.setItems(DemonstrationGrades.allowed(scale));
        // a choice of its own starts with a capital like the others ("underkänd" stood lower-case beside "2 – God")
        field.setItemLabelGenerator(g -> {
            String text = documents.gradeLabel(scale, g, getLocale());
            return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1);
        });
        field.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
        field.addClassName("grade-field");
        return field;
    }

    // ------------------------------------------------------------------ the teacher's form

    private void form(AssessmentView start) {
        boolean correction = start != null && !start.signed() && start.correctsId() != null;
        if (correction) {
            Paragraph note = new Paragraph(getTranslation("demonstration.assessment.correcting",
                    start.correctionReason()));
            note.addClassName("badge-warning");
            add(note);
        }
        Paragraph scaleInfo = new Paragraph(getTranslation("demonstration.assessment.scaleInfo",
                translations.enumLabel(scale, getLocale())));
        add(scaleInfo, new H3(getTranslation("demonstration.assessment.targets")));
        for (TargetView t : detail.targets()) {
            RadioButtonGroup<Integer> grade = gradeField(getTranslation("demonstration.field.targetGrade"));
            grade.setId("grade-" + t.id());
            grade.setAriaLabel(getTranslation("demonstration.field.targetGrade") + ": " + t.name().in(getLocale()));
            TextField note = new TextField(getTranslation("demonstration.field.targetNote"));
            note.setMaxLength(1000);
            note.setWidthFull();
            Long id = t.id();
            binder.forField(grade).withValidator(v -> !signing || v != null, getTranslation("validation.required"))
                    .bind(f -> f.grades.get(id), (f, v) -> f.grades.put(id, v));
            binder.forField(note).withNullRepresentation("")
                    .bind(f -> f.notes.get(id), (f, v) -> f.notes.put(id, v));
            targetGrades.put(t.id(), grade);
            targetNotes.put(t.id(), note);
            add(targetBox(t, grade, note));
        }
        if (detail.targets().isEmpty()) {
            add(new Paragraph(getTranslation("demonstration.assessment.noTargets")));
        }

        add(new H3(getTranslation("demonstration.assessment.result")));
        assessedOn = Formats.datePicker(getTranslation("demonstration.field.assessedOn"));
        assessedOn.setMax(Time.today());
        assessedOn.setId("assessed-on");
        overall = gradeField(getTranslation("demonstration.field.overall"));
        overall.setId("overall-grade");
        decidedBy = new CheckboxGroup<>(getTranslation("demonstration.field.decidedBy"));
        decidedBy.setItems(DecidedBy.values());
        decidedBy.setItemLabelGenerator(v -> translations.enumLabel(v, getLocale()));
        decidedBy.setHelperText(getTranslation("demonstration.field.decidedByHelp"));
        decidedBy.setId("decided-by");
        discussion = new CheckboxGroup<>(getTranslation("demonstration.field.discussion"));
        discussion.setItems(DiscussionParticipant.values());
        discussion.setItemLabelGenerator(v -> translations.enumLabel(v, getLocale()));
        discussion.setId("discussion");
        comments = new TextArea(getTranslation("demonstration.field.comments"));
        comments.setMaxLength(4000);
        comments.setWidthFull();
        comments.setId("assessment-comments");
        rejection = new TextArea(getTranslation("demonstration.field.rejectionReason"));
        rejection.setMaxLength(2000);
        rejection.setWidthFull();
        rejection.setId("rejection-reason");
        bindResult();
        form.read(start);
        if (form.assessedOn == null) {
            form.assessedOn = detail.summary().endDate().isAfter(Time.today()) ? Time.today()
                    : detail.summary().endDate();
        }
        binder.readBean(form);
        draftVersion = start != null && !start.signed() ? start.version() : -1;
        rejection.setVisible(overall.getValue() != null && overall.getValue() == DemonstrationGrades.NOT_PASSED);
        overall.addValueChangeListener(e -> rejection.setVisible(e.getValue() != null
                && e.getValue() == DemonstrationGrades.NOT_PASSED));
        add(assessedOn, overall, decidedBy, discussion, comments, rejection);

        Button draft = new Button(getTranslation("demonstration.assessment.saveDraft"), e -> save(false));
        draft.setId("save-draft");
        Button sign = new Button(getTranslation("demonstration.assessment.sign"), VaadinIcon.LOCK.create(), e -> {
            if (!validateForSigning()) {
                Notifications.error(getTranslation("demonstration.assessment.fixErrors"));
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("demonstration.assessment.sign"),
                    getTranslation("demonstration.assessment.signConfirm"),
                    getTranslation("demonstration.assessment.sign"), ev -> save(true),
                    getTranslation("common.cancel"), ev -> { });
            confirm.setId("sign-confirm");
            confirm.open();
        });
        sign.addThemeVariants(ButtonVariant.PRIMARY);
        sign.setId("sign-assessment");
        HorizontalLayout buttons = new HorizontalLayout(draft, sign);
        buttons.addClassName("assessment-buttons");
        add(buttons);
    }

    /** The result fields, bound with the rules of signing (a draft may be saved incomplete). */
    private void bindResult() {
        String required = getTranslation("validation.required");
        binder.forField(assessedOn).withValidator(v -> !signing || v != null, required)
                .bind(f -> f.assessedOn, (f, v) -> f.assessedOn = v);
        binder.forField(overall).withValidator(v -> !signing || v != null, required)
                .bind(f -> f.overall, (f, v) -> f.overall = v);
        binder.forField(decidedBy).withValidator(v -> !signing || !v.isEmpty(),
                        getTranslation("demonstration.error.decidedBy"))
                .bind(f -> f.decidedBy, (f, v) -> f.decidedBy = new LinkedHashSet<>(v));
        binder.forField(discussion).withValidator(v -> !signing || !v.isEmpty(),
                        getTranslation("demonstration.error.discussion"))
                .withValidator(v -> !signing || !(v.contains(DiscussionParticipant.NO_DISCUSSION) && v.size() > 1),
                        getTranslation("demonstration.error.noDiscussion"))
                .bind(f -> f.discussion, (f, v) -> f.discussion = new LinkedHashSet<>(v));
        binder.forField(comments).withNullRepresentation("").bind(f -> f.comments, (f, v) -> f.comments = v);
        binder.forField(rejection).withNullRepresentation("")
                .withValidator(v -> !signing || !Objects.equals(overall.getValue(), DemonstrationGrades.NOT_PASSED)
                        || (v != null && !v.isBlank()), getTranslation("demonstration.error.rejectionReason"))
                .bind(f -> f.rejection, (f, v) -> f.rejection = v);
    }

    /** Marks every field that signing needs and that is missing; true when all is there. */
    boolean validateForSigning() {
        signing = true;
        try {
            return binder.validate().isOk();
        } finally {
            signing = false;
        }
    }

    private void save(boolean sign) {
        signing = sign;
        try {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
        } finally {
            signing = false;
        }
        AssessmentInput input = form.toInput(draftVersion);
        Notifications.save(this, () -> {
            AssessmentView saved = service.saveAssessment(detail.summary().id(), input, sign);
            draftVersion = saved.version();
            Notifications.success(getTranslation(sign ? "demonstration.assessment.signed"
                    : "demonstration.assessment.draftSaved"));
            if (sign) {
                reload.run();
            }
        });
    }

    // ------------------------------------------------------------------ the signed result

    private void result(AssessmentView a) {
        boolean passed = DemonstrationGrades.passed(scale, a.overallGrade());
        Span result = new Span(DemonstrationGrid.resultLabel(getTranslation(passed ? "demonstration.result.passed"
                : "demonstration.result.notPassed"), documents.gradeLabel(scale, a.overallGrade(), getLocale())));
        result.addClassName(passed ? "badge-ok" : "badge-error");
        result.addClassName("assessment-result");
        result.setId("assessment-result");
        add(result);
        Div fields = new Div();
        fields.addClassName("demonstration-fields");
        field(fields, "demonstration.field.assessedOn", Formats.date(a.assessedOn()));
        field(fields, "demonstration.field.decidedBy", DemonstrationView.joined(a.decidedBy(), translations,
                getLocale()));
        field(fields, "demonstration.field.discussion", DemonstrationView.joined(a.discussion(), translations,
                getLocale()));
        field(fields, "demonstration.field.signed", a.assessorName() + ", " + DemonstrationView.signedDate(a));
        if (a.correctsId() != null) {
            field(fields, "demonstration.field.correction", a.correctionReason());
        }
        if (a.rejectionReason() != null) {
            field(fields, "demonstration.field.rejectionReason", a.rejectionReason());
        }
        if (a.comments() != null) {
            field(fields, "demonstration.field.comments", a.comments());
        }
        add(fields, new H3(getTranslation("demonstration.assessment.targets")));
        for (TargetView t : detail.targets()) {
            Div box = targetBox(t, null, null);
            Span grade = new Span(getTranslation("demonstration.field.targetGrade") + ": "
                    + documents.gradeLabel(scale, a.targetGrades().get(t.id()), getLocale()));
            grade.addClassName("assessment-target-grade");
            box.add(grade);
            String note = a.targetNotes().get(t.id());
            if (note != null) {
                box.add(new Paragraph(note));
            }
            add(box);
        }
        if (detail.canAssess()) {
            Button correct = new Button(getTranslation("demonstration.assessment.correct"), VaadinIcon.EDIT.create(),
                    e -> correctionDialog());
            correct.setId("start-correction");
            add(correct);
        }
    }

    private void field(Div box, String key, String value) {
        Div row = new Div();
        row.addClassName("demonstration-field");
        Span label = new Span(getTranslation(key));
        label.addClassName("demonstration-field-label");
        row.add(label, new Span(value == null || value.isBlank() ? "–" : value));
        box.add(row);
    }

    private void correctionDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("demonstration.assessment.correct"));
        dialog.add(new Paragraph(getTranslation("demonstration.assessment.correctHelp")));
        TextArea reason = new TextArea(getTranslation("demonstration.field.correctionReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("correction-reason");
        dialog.add(reason);
        Button start = new Button(getTranslation("demonstration.assessment.startCorrection"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("demonstration.error.correctionReason"));
                return;
            }
            Notifications.save(this, () -> {
                service.startCorrection(detail.summary().id(), reason.getValue());
                dialog.close();
                reload.run();
            });
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("confirm-correction");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), start);
        dialog.open();
    }

    private void history() {
        List<AssessmentView> earlier = new ArrayList<>(detail.history().stream()
                .filter(a -> a.signed() && a.superseded()).toList());
        if (earlier.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("demonstration.assessment.history")));
        for (AssessmentView a : earlier) {
            Paragraph p = new Paragraph(getTranslation("demonstration.assessment.historyRow", a.revision(),
                    DemonstrationView.signedDate(a), a.assessorName(),
                    documents.gradeLabel(scale, a.overallGrade(), getLocale())));
            p.addClassName("assessment-history");
            add(p);
        }
    }

    Set<Long> targetIds() {
        return targetGrades.keySet();
    }

    /** The teacher's form as the binder's bean: what {@link AssessmentInput} carries, mutable while typed. */
    static final class AssessmentForm {
        LocalDate assessedOn;
        Integer overall;
        Set<DecidedBy> decidedBy = new LinkedHashSet<>();
        Set<DiscussionParticipant> discussion = new LinkedHashSet<>();
        String comments;
        String rejection;
        final Map<Long, Integer> grades = new LinkedHashMap<>();
        final Map<Long, String> notes = new LinkedHashMap<>();

        /** Starts from a saved draft (or a correction's copy), when there is one. */
        void read(AssessmentView start) {
            if (start == null) {
                return;
            }
            assessedOn = start.assessedOn();
            overall = start.overallGrade();
            decidedBy = start.decidedBy() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(start.decidedBy());
            discussion = start.discussion() == null ? new LinkedHashSet<>()
                    : new LinkedHashSet<>(start.discussion());
            comments = start.comments();
            rejection = start.rejectionReason();
            grades.putAll(start.targetGrades());
            notes.putAll(start.targetNotes());
        }

        AssessmentInput toInput(long version) {
            return new AssessmentInput(version, assessedOn, new LinkedHashMap<>(grades), new LinkedHashMap<>(notes),
                    overall, new LinkedHashSet<>(decidedBy), new LinkedHashSet<>(discussion),
                    comments == null ? "" : comments, rejection == null ? "" : rejection);
        }
    }
}
