package fi.taitoura.outcome.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.outcome.FollowUpContactKind;
import fi.taitoura.outcome.FollowUpState;
import fi.taitoura.outcome.InterruptionReason;
import fi.taitoura.employment.Outcome;
import fi.taitoura.outcome.OutcomeRecords.Access;
import fi.taitoura.outcome.OutcomeRecords.Contact;
import fi.taitoura.outcome.OutcomeRecords.ContactInput;
import fi.taitoura.outcome.OutcomeRecords.OutcomeDetails;
import fi.taitoura.outcome.OutcomeRecords.OutcomeInput;
import fi.taitoura.outcome.OutcomeRecords.StatusInput;
import fi.taitoura.outcome.OutcomeService;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TraineeService.PeriodHeading;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The outcome of a period and its after-support: the coach or career agent records where the trainee went when the
 * period ended (and the end date, if not yet set), the consent to follow-up, contacts during the about three
 * months after, and the status at three months. Others who may read the period see the outcome.
 */
class OutcomePanel extends VerticalLayout {

    private final OutcomeService service;
    private final TraineeService trainees;
    private final TranslationProvider translations;
    private final Long periodId;
    private final Access access;
    private PeriodHeading period;
    private OutcomeDetails current;

    /** The form's bean: what the user is typing, kept when a save fails. */
    static final class Form {
        LocalDate endDate;
        Outcome outcome;
        InterruptionReason reason;
        String note;
        boolean consent;
    }

    OutcomePanel(OutcomeService service, TraineeService trainees, TranslationProvider translations, Long periodId) {
        this.service = service;
        this.trainees = trainees;
        this.translations = translations;
        this.periodId = periodId;
        this.access = service.access(periodId);
        addClassName("outcome-panel");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        trainees.readPeriodRef(periodId);
        period = trainees.periodHeadings(java.util.List.of(periodId)).get(periodId);
        current = service.find(periodId).orElse(null);
        add(new H3(getTranslation("outcome.atEnd")));
        if (access.write()) {
            add(form());
        } else if (current == null) {
            add(new Paragraph(getTranslation("outcome.none")));
        } else {
            add(summary(current));
        }
        if (current != null && current.followUpConsent()) {
            add(followUp(current));
        } else if (current != null) {
            Paragraph none = new Paragraph(getTranslation("outcome.followUp.noConsent"));
            none.addClassName("outcome-note");
            add(none);
        }
    }

    private Component summary(OutcomeDetails d) {
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation("outcome.outcome") + ": " + label(d.outcome())));
        if (d.interruptionReason() != null) {
            list.add(new ListItem(getTranslation("outcome.reason") + ": " + label(d.interruptionReason())));
        }
        if (d.note() != null) {
            list.add(new ListItem(getTranslation("outcome.note") + ": " + d.note()));
        }
        list.setId("outcome-summary");
        return list;
    }

    private Component form() {
        Form bean = new Form();
        bean.endDate = period.endDate();
        if (current != null) {
            bean.outcome = current.outcome();
            bean.reason = current.interruptionReason();
            bean.note = current.note();
            bean.consent = current.followUpConsent();
        }
        Binder<Form> binder = new Binder<>();
        String required = getTranslation("validation.required");
        DatePicker end = Formats.datePicker(getTranslation("outcome.endDate"));
        end.setId("outcome-end-date");
        end.setMin(period.startDate());
        end.setMax(Time.today());
        end.setReadOnly(period.endDate() != null);
        end.setHelperText(getTranslation(period.endDate() != null ? "outcome.endDateSet" : "outcome.endDateHelp"));
        ComboBox<Outcome> outcome = new ComboBox<>(getTranslation("outcome.outcome"));
        outcome.setId("outcome-outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(this::label);
        ComboBox<InterruptionReason> reason = new ComboBox<>(getTranslation("outcome.reason"));
        reason.setId("outcome-reason");
        reason.setItems(InterruptionReason.values());
        reason.setItemLabelGenerator(this::label);
        TextArea note = new TextArea(getTranslation("outcome.note"));
        note.setId("outcome-note");
        note.setMaxLength(1000);
        note.setHelperText(getTranslation("outcome.noteHelp"));
        Checkbox consent = new Checkbox(getTranslation("outcome.consent"));
        consent.setId("outcome-consent");
        binder.forField(end).asRequired(required)
                .withValidator(d -> !d.isAfter(Time.today()), getTranslation("outcome.error.notEnded"))
                .withValidator(d -> !d.isBefore(period.startDate()), getTranslation("period.error.endBeforeStart"))
                .bind(f -> f.endDate, (f, v) -> f.endDate = v);
        binder.forField(outcome).asRequired(required).bind(f -> f.outcome, (f, v) -> f.outcome = v);
        binder.forField(reason)
                .withValidator(r -> outcome.getValue() != Outcome.INTERRUPTED || r != null,
                        getTranslation("outcome.error.reason"))
                .bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.forField(note).bind(f -> f.note, (f, v) -> f.note = v);
        binder.forField(consent).bind(f -> f.consent, (f, v) -> f.consent = v);
        reason.setVisible(bean.outcome == Outcome.INTERRUPTED);
        outcome.addValueChangeListener(e -> {
            reason.setVisible(e.getValue() == Outcome.INTERRUPTED);
            reason.setRequiredIndicatorVisible(e.getValue() == Outcome.INTERRUPTED);
        });
        reason.setRequiredIndicatorVisible(bean.outcome == Outcome.INTERRUPTED);
        binder.readBean(bean);

        Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-outcome");
        save.addClickListener(e -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                if (period.endDate() == null) {
                    trainees.endPeriod(periodId, bean.endDate);
                }
                service.record(periodId, new OutcomeInput(bean.outcome, bean.reason, bean.note, bean.consent,
                        current == null ? null : current.version()));
                Notifications.success(getTranslation("common.saved"));
                refresh();
            } catch (RuntimeException ex) {
                if (!Notifications.saveFailed(this, ex)) {
                    throw ex;
                }
            }
        });
        FormLayout layout = new FormLayout(end, outcome, reason, consent, note);
        layout.setColspan(note, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        VerticalLayout box = new VerticalLayout(layout, save);
        box.setPadding(false);
        return box;
    }

    private Component followUp(OutcomeDetails d) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("follow-up");
        box.add(new H3(getTranslation("outcome.followUp.title")));
        Span state = new Span(label(d.followUpState()));
        state.addClassName(d.followUpState() == FollowUpState.OPEN ? "badge-warning" : "badge-ok");
        state.setId("follow-up-state");
        Paragraph due = new Paragraph(getTranslation("outcome.followUp.due", Formats.date(d.dueOn())));
        HorizontalLayout head = new HorizontalLayout(state, due);
        head.setAlignItems(Alignment.BASELINE);
        box.add(head);
        if (d.followUpState() == FollowUpState.DONE) {
            box.add(new Paragraph(getTranslation("outcome.followUp.status3m", label(d.status3m()),
                    Formats.date(d.status3mOn()))));
        } else if (d.status3mOn() != null) {
            box.add(new Paragraph(getTranslation("outcome.followUp.closedOn", Formats.date(d.status3mOn()))));
        }
        if (d.status3mNote() != null) {
            box.add(new Paragraph(getTranslation("outcome.note") + ": " + d.status3mNote()));
        }
        if (access.details()) {
            UnorderedList contacts = new UnorderedList();
            contacts.setId("follow-up-contacts");
            for (Contact c : d.contacts()) {
                contacts.add(new ListItem(Formats.date(c.on()) + " · " + label(c.kind()) + " · "
                        + getTranslation(c.reached() ? "outcome.contact.reached" : "outcome.contact.notReached")
                        + (c.note() == null ? "" : " – " + c.note())
                        + (c.recordedBy().isEmpty() ? "" : " (" + c.recordedBy() + ")")));
            }
            if (d.contacts().isEmpty()) {
                box.add(new Paragraph(getTranslation("outcome.contact.none")));
            } else {
                box.add(contacts);
            }
        }
        if (access.write()) {
            Button contact = new Button(getTranslation("outcome.contact.add"), VaadinIcon.PLUS.create(),
                    e -> contactDialog());
            contact.setId("add-contact");
            Button status = new Button(getTranslation("outcome.followUp.record"), VaadinIcon.FLAG_CHECKERED.create(),
                    e -> statusDialog(d));
            status.setId("record-status");
            HorizontalLayout buttons = new HorizontalLayout(contact, status);
            buttons.setWrap(true);
            box.add(buttons);
        }
        return box;
    }

    private void contactDialog() {
        Dialog dialog = new Dialog(getTranslation("outcome.contact.add"));
        dialog.setWidth("min(32rem, 100vw)");
        DatePicker on = Formats.datePicker(getTranslation("outcome.contact.on"));
        on.setValue(Time.today());
        on.setMax(Time.today());
        on.setMin(period.endDate());
        on.setId("contact-on");
        ComboBox<FollowUpContactKind> kind = new ComboBox<>(getTranslation("outcome.contact.kind"));
        kind.setItems(FollowUpContactKind.values());
        kind.setItemLabelGenerator(this::label);
        kind.setValue(FollowUpContactKind.PHONE);
        kind.setId("contact-kind");
        Checkbox reached = new Checkbox(getTranslation("outcome.contact.reached"), true);
        reached.setId("contact-reached");
        TextArea note = new TextArea(getTranslation("outcome.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setId("contact-note");
        FormLayout layout = new FormLayout(on, kind, reached, note);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(layout);
        Button save = new Button(getTranslation("common.save"), e -> {
            boolean ok = true;
            for (var f : new com.vaadin.flow.component.AbstractField<?, ?>[] {on, kind}) {
                boolean empty = f.isEmpty();
                ((com.vaadin.flow.component.HasValidation) f).setErrorMessage(getTranslation("validation.required"));
                ((com.vaadin.flow.component.HasValidation) f).setInvalid(empty);
                ok &= !empty;
            }
            if (!ok) {
                return;
            }
            try {
                service.addContact(periodId, new ContactInput(on.getValue(), kind.getValue(), reached.getValue(),
                        note.getValue()));
                dialog.close();
                refresh();
            } catch (RuntimeException ex) {
                if (!Notifications.saveFailed(this, ex)) {
                    throw ex;
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-contact");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void statusDialog(OutcomeDetails d) {
        Dialog dialog = new Dialog(getTranslation("outcome.followUp.record"));
        dialog.setWidth("min(34rem, 100vw)");
        RadioButtonGroup<FollowUpState> state = new RadioButtonGroup<>(getTranslation("outcome.followUp.state"));
        state.setItems(FollowUpState.DONE, FollowUpState.NOT_REACHED, FollowUpState.WITHDRAWN, FollowUpState.OPEN);
        state.setItemLabelGenerator(this::label);
        state.setValue(d.followUpState() == FollowUpState.OPEN ? FollowUpState.DONE : d.followUpState());
        state.setId("status-state");
        ComboBox<Outcome> status = new ComboBox<>(getTranslation("outcome.followUp.statusAt3m"));
        status.setItems(Arrays.stream(Outcome.values()).filter(o -> o != Outcome.INTERRUPTED).toList());
        status.setItemLabelGenerator(this::label);
        status.setValue(d.status3m());
        status.setId("status-outcome");
        DatePicker on = Formats.datePicker(getTranslation("outcome.followUp.on"));
        on.setValue(Optional.ofNullable(d.status3mOn()).orElse(Time.today()));
        on.setMax(Time.today());
        on.setMin(period.endDate());
        on.setId("status-on");
        TextArea note = new TextArea(getTranslation("outcome.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setValue(d.status3mNote() == null ? "" : d.status3mNote());
        state.addValueChangeListener(e -> {
            status.setVisible(e.getValue() == FollowUpState.DONE);
            on.setVisible(e.getValue() != FollowUpState.OPEN);
        });
        status.setVisible(state.getValue() == FollowUpState.DONE);
        FormLayout layout = new FormLayout(state, status, on, note);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(layout);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (state.getValue() == FollowUpState.DONE && status.isEmpty()) {
                status.setErrorMessage(getTranslation("validation.required"));
                status.setInvalid(true);
                return;
            }
            if (state.getValue() != FollowUpState.OPEN && on.isEmpty()) {
                on.setErrorMessage(getTranslation("validation.required"));
                on.setInvalid(true);
                return;
            }
            try {
                service.recordStatus(periodId, new StatusInput(state.getValue(), status.getValue(), on.getValue(),
                        note.getValue(), d.version()));
                dialog.close();
                refresh();
            } catch (RuntimeException ex) {
                if (!Notifications.saveFailed(this, ex)) {
                    throw ex;
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-status");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private String label(Enum<?> value) {
        return value == null ? "–" : translations.enumLabel(value, getLocale());
    }
}
