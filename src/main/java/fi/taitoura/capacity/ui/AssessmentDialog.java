package fi.taitoura.capacity.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.capacity.AssessmentInput;
import fi.taitoura.capacity.AssessmentPhase;
import fi.taitoura.capacity.CapacityAssessment;
import fi.taitoura.capacity.CapacityService;
import fi.taitoura.capacity.EntryMethod;
import fi.taitoura.capacity.Instrument;
import fi.taitoura.capacity.InstrumentDomain;
import fi.taitoura.capacity.InstrumentItem;
import fi.taitoura.capacity.InstrumentKind;
import fi.taitoura.capacity.InstrumentService;
import fi.taitoura.capacity.Rater;
import fi.taitoura.capacity.ScalePoint;
import fi.taitoura.capacity.ScaleType;
import fi.taitoura.trainee.PeriodDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records or corrects one assessment: the instrument, phase, date, whose rating it is (chosen explicitly, never
 * assumed) and how the trainee's own answers were entered, every item's answer and a comment. For the
 * Osallisuusindikaattori the rater is always the trainee and the phase start or end.
 */
class AssessmentDialog extends Dialog {

    /** The "not assessed" choice of a radio group (scale values are never negative). */
    static final int NOT_ASSESSED = -1;

    private final CapacityService capacity;
    private final TranslationProvider translations;
    private final PeriodDetails period;
    private final boolean inclusion;
    private final CapacityAssessment existing;
    private final Runnable onSaved;

    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final ComboBox<Instrument> instrument = new ComboBox<>();
    private final RadioButtonGroup<AssessmentPhase> phase = new RadioButtonGroup<>();
    private final DatePicker date = new DatePicker();
    private final RadioButtonGroup<Rater> rater = new RadioButtonGroup<>();
    private final RadioButtonGroup<EntryMethod> entryMethod = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();
    private final Div itemsArea = new Div();
    private final Map<Long, RadioButtonGroup<Integer>> answerFields = new LinkedHashMap<>();

    /** The top of the form, bound with a Binder. */
    static final class Form {
        Instrument instrument;
        AssessmentPhase phase;
        LocalDate date;
        Rater rater;
        EntryMethod entryMethod;
        String comment = "";
    }

    AssessmentDialog(CapacityService capacity, InstrumentService instruments, TranslationProvider translations,
                     PeriodDetails period, boolean inclusion, CapacityAssessment existing, Runnable onSaved) {
        this.capacity = capacity;
        this.translations = translations;
        this.period = period;
        this.inclusion = inclusion;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(inclusion ? "capacity.form.inclusionTitle"
                : existing == null ? "capacity.form.newTitle" : "capacity.form.editTitle"));
        setWidth("min(56rem, 100vw)");
        setMaxHeight("100vh");
        addClassName("assessment-dialog");

        List<Instrument> offered = new ArrayList<>(instruments.findOffered(inclusion ? InstrumentKind.INCLUSION
                : InstrumentKind.CAPACITY));
        if (existing != null && offered.stream().noneMatch(i -> i.getId().equals(existing.getInstrument().getId()))) {
            offered.add(0, existing.getInstrument());
        }
        instrument.setLabel(getTranslation("capacity.form.instrument"));
        instrument.setItems(offered);
        instrument.setItemLabelGenerator(i -> i.displayName(getLocale()));
        instrument.setReadOnly(existing != null || inclusion);
        instrument.setId("assessment-instrument");

        phase.setLabel(getTranslation("capacity.form.phase"));
        phase.setItems(inclusion ? List.of(AssessmentPhase.START, AssessmentPhase.END)
                : Arrays.asList(AssessmentPhase.values()));
        phase.setItemLabelGenerator(p -> translations.enumLabel(p, getLocale()));
        phase.setId("assessment-phase");

        date.setLabel(getTranslation("capacity.form.date"));
        fi.taitoura.base.ui.Formats.localize(date, getLocale()); // month names, today, errors in the user's language
        date.setMax(Time.today());
        date.setMin(period.startDate());
        date.setId("assessment-date");

        rater.setLabel(getTranslation("capacity.form.rater"));
        rater.setHelperText(getTranslation("capacity.form.raterHelp"));
        rater.setItemLabelGenerator(r -> translations.enumLabel(r, getLocale()));
        rater.setId("assessment-rater");

        entryMethod.setLabel(getTranslation("capacity.form.entryMethod"));
        entryMethod.setItems(EntryMethod.WITH_TRAINEE, EntryMethod.FROM_PAPER);
        entryMethod.setItemLabelGenerator(m -> translations.enumLabel(m, getLocale()));
        entryMethod.setId("assessment-entry-method");

        comment.setLabel(getTranslation("capacity.form.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setId("assessment-comment");

        binder.forField(instrument).asRequired(getTranslation("validation.required"))
                .bind(f -> f.instrument, (f, v) -> f.instrument = v);
        binder.forField(phase).asRequired(getTranslation("validation.required"))
                .bind(f -> f.phase, (f, v) -> f.phase = v);
        binder.forField(date).asRequired(getTranslation("validation.required"))
                .withValidator(d -> !d.isAfter(Time.today()), getTranslation("capacity.error.dateInFuture"))
                .withValidator(d -> !d.isBefore(period.startDate()),
                        getTranslation("capacity.error.dateBeforePeriod", Format.date(period.startDate())))
                .bind(f -> f.date, (f, v) -> f.date = v);
        binder.forField(rater).asRequired(getTranslation("capacity.form.raterRequired"))
                .bind(f -> f.rater, (f, v) -> f.rater = v);
        binder.forField(entryMethod)
                .withValidator(m -> rater.getValue() != Rater.SELF || m != null,
                        getTranslation("capacity.form.entryMethodRequired"))
                .bind(f -> f.entryMethod == EntryMethod.OWN_RATING ? null : f.entryMethod,
                        (f, v) -> f.entryMethod = v);
        binder.forField(comment)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 2000), 0, 2000))
                .bind(f -> f.comment, (f, v) -> f.comment = v);

        instrument.addValueChangeListener(e -> showInstrument(e.getValue()));
        rater.addValueChangeListener(e -> {
            entryMethod.setVisible(e.getValue() == Rater.SELF);
            if (e.getValue() != Rater.SELF) {
                entryMethod.clear();
            }
        });

        if (existing != null) {
            form.instrument = existing.getInstrument();
            form.phase = existing.getPhase();
            form.date = existing.getAssessedOn();
            form.rater = existing.getRater();
            form.entryMethod = existing.getEntryMethod();
            form.comment = existing.getComment() == null ? "" : existing.getComment();
        } else {
            form.date = Time.today();
            if (inclusion) {
                form.instrument = offered.isEmpty() ? null : offered.get(0);
                form.rater = Rater.SELF;
            } else if (offered.size() == 1) {
                form.instrument = offered.get(0);
            }
        }
        binder.readBean(form);
        entryMethod.setVisible(rater.getValue() == Rater.SELF);
        if (existing != null) {
            for (var entry : answerFields.entrySet()) {
                InstrumentItem item = existing.getInstrument().items()
                        .filter(i -> i.getId().equals(entry.getKey())).findFirst().orElseThrow();
                Integer v = existing.value(item);
                entry.getValue().setValue(v == null ? NOT_ASSESSED : v);
            }
        }

        FormLayout top = new FormLayout(instrument, phase, date, rater, entryMethod);
        top.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (inclusion) {
            Paragraph intro = new Paragraph(getTranslation("capacity.form.inclusionIntro"));
            intro.addClassName("capacity-note");
            body.add(intro);
        }
        itemsArea.setWidthFull();
        itemsArea.addClassName("assessment-items");
        body.add(top, itemsArea, comment);
        add(body);

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-assessment");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void showInstrument(Instrument selected) {
        Map<Long, Integer> previous = new HashMap<>();
        answerFields.forEach((id, f) -> previous.put(id, f.getValue()));
        itemsArea.removeAll();
        answerFields.clear();
        if (selected == null) {
            rater.setItems(Rater.values());
            return;
        }
        Rater chosen = rater.getValue();
        List<Rater> allowed = Arrays.stream(Rater.values()).filter(r -> selected.getRaterMode().allows(r)).toList();
        rater.setItems(allowed);
        rater.setValue(allowed.contains(chosen) ? chosen : allowed.size() == 1 && inclusion ? allowed.get(0) : null);
        rater.setReadOnly(inclusion);
        if (selected.getDescription() != null && !selected.getDescription().in(getLocale()).isBlank()) {
            Paragraph description = new Paragraph(selected.getDescription().in(getLocale()));
            description.addClassName("capacity-note");
            itemsArea.add(description);
        }
        if (selected.getKind() == InstrumentKind.INCLUSION && !getLocale().getLanguage().equals("fi")) {
            Paragraph finnish = new Paragraph(getTranslation("capacity.form.finnishOnly"));
            finnish.addClassName("capacity-note");
            itemsArea.add(finnish);
        }
        List<Integer> choices = new ArrayList<>(selected.getScalePoints().stream().map(ScalePoint::getValue).toList());
        if (selected.isAllowNotAssessed()) {
            choices.add(NOT_ASSESSED);
        }
        boolean numeric = selected.getScaleType() == ScaleType.NUMERIC;
        for (InstrumentDomain domain : selected.getDomains()) {
            if (selected.getDomains().size() > 1) {
                itemsArea.add(new H4(domain.getName().in(getLocale())));
            }
            for (InstrumentItem item : domain.getItems()) {
                RadioButtonGroup<Integer> answer = new RadioButtonGroup<>(item.getText().in(getLocale()));
                answer.setItems(choices);
                answer.setItemLabelGenerator(v -> v == NOT_ASSESSED ? getTranslation("capacity.notAssessed")
                        : numeric ? pointShort(selected, v) : selected.pointLabel(v, getLocale()));
                if (numeric) {
                    answer.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
                }
                answer.addClassName(numeric ? "answer-numeric" : "answer-levels");
                answer.setWidthFull();
                answer.setRequiredIndicatorVisible(true);
                answer.addValueChangeListener(e -> answer.setInvalid(false));
                answer.getElement().setAttribute("data-item", item.getKey());
                if (previous.containsKey(item.getId()) && previous.get(item.getId()) != null) {
                    answer.setValue(previous.get(item.getId()));
                }
                answerFields.put(item.getId(), answer);
                itemsArea.add(answer);
            }
        }
        if (numeric) {
            Paragraph ends = new Paragraph(selected.getScalePoints().get(0).getLabel().in(getLocale()) + " … "
                    + selected.getScalePoints().get(selected.getScalePoints().size() - 1).getLabel().in(getLocale()));
            ends.addClassName("capacity-note");
            itemsArea.addComponentAtIndex(Math.min(1, itemsArea.getComponentCount()), ends);
        }
    }

    private static String pointShort(Instrument instrument, int value) {
        return String.valueOf(value);
    }

    private void save() {
        boolean valid = binder.writeBeanIfValid(form);
        boolean answered = true;
        for (RadioButtonGroup<Integer> field : answerFields.values()) {
            if (field.getValue() == null) {
                field.setErrorMessage(getTranslation("capacity.form.answerRequired"));
                field.setInvalid(true);
                answered = false;
            }
        }
        if (!valid || !answered) {
            return;
        }
        Map<Long, Integer> answers = new HashMap<>();
        answerFields.forEach((id, f) -> answers.put(id, f.getValue() == NOT_ASSESSED ? null : f.getValue()));
        EntryMethod method = form.rater == Rater.COACH ? EntryMethod.OWN_RATING : form.entryMethod;
        AssessmentInput input = new AssessmentInput(form.instrument.getId(), form.phase, form.date, form.rater, method,
                answers, form.comment);
        Notifications.save(this, () -> {
            if (existing == null) {
                capacity.record(period.periodId(), input);
            } else {
                capacity.update(existing.getId(), existing.getVersion(), input);
            }
            Notifications.success(getTranslation("common.saved"));
            onSaved.run();
            close();
        });
    }
}
