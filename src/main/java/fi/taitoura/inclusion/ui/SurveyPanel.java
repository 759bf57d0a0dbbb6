package fi.taitoura.inclusion.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.inclusion.InclusionSurveyService;
import fi.taitoura.inclusion.InclusionSurveyService.AnswerInput;
import fi.taitoura.inclusion.InclusionSurveyService.ResponseInput;
import fi.taitoura.inclusion.InclusionSurveyService.ResponseView;
import fi.taitoura.inclusion.SurveyDefinition;
import fi.taitoura.inclusion.SurveyDefinition.Question;
import fi.taitoura.inclusion.SurveyEntryMethod;
import fi.taitoura.inclusion.SurveyPhase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inclusion survey's other parts on the period page: the start and end answers, entered by the coach or career
 * agent with the trainee or from the paper form. Others see only that the survey is reported per group.
 */
class SurveyPanel extends VerticalLayout {

    private final InclusionSurveyService service;
    private final TranslationProvider translations;
    private final Long periodId;
    private final SurveyDefinition definition;

    SurveyPanel(InclusionSurveyService service, TranslationProvider translations, Long periodId) {
        this.service = service;
        this.translations = translations;
        this.periodId = periodId;
        this.definition = service.definition();
        setPadding(false);
        addClassName("survey-panel");
        refresh();
    }

    private void refresh() {
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("survey.intro"));
        intro.addClassName("report-note");
        add(intro);
        if (!service.canRecord(periodId)) {
            add(new Paragraph(getTranslation("survey.onlyGroups")));
            return;
        }
        if (definition.workingText()) {
            Paragraph working = new Paragraph(getTranslation("survey.report.workingTextNote"));
            working.addClassName("report-note");
            add(working);
        }
        List<ResponseView> responses = service.responses(periodId);
        for (SurveyPhase phase : SurveyPhase.values()) {
            ResponseView r = responses.stream().filter(x -> x.phase() == phase).findFirst().orElse(null);
            Div card = new Div(new H3(getTranslation("survey.phase." + phase.name())));
            card.addClassName("survey-phase");
            card.setId("survey-" + phase.name().toLowerCase());
            if (r == null) {
                card.add(new Paragraph(getTranslation("survey.notAnswered")));
            } else {
                card.add(new Paragraph(getTranslation("survey.answered", Formats.date(r.answeredOn()),
                        translations.enumLabel(r.entryMethod(), getLocale()), r.answers().size())));
            }
            Button edit = new Button(getTranslation(r == null ? "survey.enter" : "common.edit"),
                    VaadinIcon.EDIT.create(), e -> open(phase, r));
            edit.setId("survey-enter-" + phase.name().toLowerCase());
            // the trainee's own answers (issue #16) are theirs: shown as such, removable, never changed by staff
            edit.setVisible(r == null || r.entryMethod() != SurveyEntryMethod.BY_TRAINEE);
            HorizontalLayout buttons = new HorizontalLayout(edit);
            if (r != null) {
                Button delete = new Button(getTranslation("common.delete"), VaadinIcon.TRASH.create(), e -> {
                    service.delete(r.id());
                    refresh();
                });
                delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                buttons.add(delete);
            }
            card.add(buttons);
            add(card);
        }
    }

    private void open(SurveyPhase phase, ResponseView existing) {
        Dialog dialog = new Dialog(getTranslation("survey.phase." + phase.name()));
        dialog.setWidth("min(46rem, 100vw)");
        DatePicker date = Formats.datePicker(getTranslation("survey.date"));
        date.setMax(Time.today());
        date.setValue(existing == null ? Time.today() : existing.answeredOn());
        date.setId("survey-date");
        RadioButtonGroup<SurveyEntryMethod> method = new RadioButtonGroup<>(getTranslation("survey.entryMethod"));
        method.setItems(SurveyEntryMethod.WITH_TRAINEE, SurveyEntryMethod.FROM_PAPER);
        method.setItemLabelGenerator(m -> translations.enumLabel(m, getLocale()));
        method.setId("survey-method");
        if (existing != null) {
            method.setValue(existing.entryMethod());
        }
        VerticalLayout body = new VerticalLayout(date, method);
        body.setPadding(false);
        Map<String, RadioButtonGroup<Integer>> choices = new LinkedHashMap<>();
        Map<String, TextArea> texts = new LinkedHashMap<>();
        for (SurveyDefinition.Part part : definition.parts()) {
            List<Question> asked = part.questions().stream().filter(q -> q.askedIn(phase)).toList();
            if (asked.isEmpty()) {
                continue;
            }
            body.add(new H4(part.name().in(getLocale())));
            for (Question q : asked) {
                AnswerInput previous = existing == null ? null : existing.answers().get(q.key());
                if (q.type() == SurveyDefinition.QuestionType.TEXT) {
                    TextArea text = new TextArea(q.text().in(getLocale()));
                    text.setMaxLength(2000);
                    text.setWidthFull();
                    text.setValue(previous == null || previous.text() == null ? "" : previous.text());
                    text.setId("q-" + q.key());
                    texts.put(q.key(), text);
                    body.add(text);
                } else {
                    RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.text().in(getLocale()));
                    group.setItems(q.options().stream().map(SurveyDefinition.Option::value).toList());
                    group.setItemLabelGenerator(v -> q.option(v).map(o -> o.label().in(getLocale())).orElse(""));
                    group.addClassName("survey-question");
                    group.setId("q-" + q.key());
                    if (previous != null && previous.value() != null) {
                        group.setValue(previous.value());
                    }
                    choices.put(q.key(), group);
                    body.add(group);
                }
            }
        }
        dialog.add(body);
        Button save = new Button(getTranslation("common.save"), e -> {
            date.setInvalid(date.getValue() == null);
            date.setErrorMessage(getTranslation("validation.required"));
            method.setInvalid(method.getValue() == null);
            method.setErrorMessage(getTranslation("validation.required"));
            if (date.isInvalid() || method.isInvalid()) {
                return;
            }
            Map<String, AnswerInput> answers = new HashMap<>();
            choices.forEach((k, g) -> answers.put(k, new AnswerInput(g.getValue(), null)));
            texts.forEach((k, t) -> answers.put(k, new AnswerInput(null, t.getValue())));
            try {
                service.save(periodId, new ResponseInput(phase, date.getValue(), method.getValue(), answers,
                        existing == null ? null : existing.version()));
                dialog.close();
                Notifications.success(getTranslation("common.saved"));
                refresh();
            } catch (RuntimeException ex) {
                if (!Notifications.saveFailed(this, ex)) {
                    throw ex;
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("survey-save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }
}
