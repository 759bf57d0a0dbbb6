package fi.taitoura.employment.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.employment.ContactKind;
import fi.taitoura.employment.EmployerService;
import fi.taitoura.employment.EmploymentRecords.ContactClient;
import fi.taitoura.employment.EmploymentRecords.ContactInput;
import fi.taitoura.employment.EmploymentRecords.ContactOptions;
import fi.taitoura.employment.EmploymentRecords.ContactView;
import fi.taitoura.employment.EmploymentRecords.Ref;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Form B: a contact with an employer of the team's register, and the clients discussed. Each selected client's
 * disclosure choice (may the employer be told about their situation) is shown right under the selection. Opened
 * from a case page the client is already selected and today's date is set: the employer is all that must be chosen.
 */
class ContactDialog extends Dialog {

    /** The form's bean. */
    static final class Bean {
        Ref employer;
        LocalDate date = Time.today();
        Ref person;
        String personName = "";
        boolean inPerson = true;
        ContactKind kind = ContactKind.FIRST;
        String purpose = "";
        String outcome = "";
        String nextStep = "";
        LocalDate nextStepOn;
        Set<ContactClient> clients = new LinkedHashSet<>();
    }

    private final Binder<Bean> binder = new Binder<>();
    private final Bean bean = new Bean();
    private final Div disclosures = new Div();

    /**
     * @param existing  a contact to correct, or null for a new one
     * @param employerId preselected employer (from the employer page), or null
     * @param caseId    preselected client (from a case page), or null
     */
    ContactDialog(EmployerService service, TranslationProvider translations, Long teamId, ContactView existing,
                  Long employerId, Long caseId, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "employer.contact.new" : "employer.contact.edit"));
        addClassName("employment-dialog");
        addClassName("contact-dialog");
        setWidth("min(46rem, 100vw)");
        setId("contact-dialog");
        String required = getTranslation("validation.required");
        ContactOptions options = service.contactOptions(teamId);

        ComboBox<Ref> employer = new ComboBox<>(getTranslation("employer.contact.employer"));
        employer.setItems(options.employers());
        employer.setItemLabelGenerator(Ref::name);
        employer.setId("contact-employer");
        DatePicker date = Formats.datePicker(getTranslation("employer.contact.date"));
        date.setMax(Time.today());
        date.setId("contact-date");
        ComboBox<Ref> person = new ComboBox<>(getTranslation("employer.contact.person"));
        person.setItemLabelGenerator(Ref::name);
        person.setClearButtonVisible(true);
        person.setId("contact-person");
        TextField personName = Ui.line(getTranslation("employer.contact.personName"), "contact-person-name", 200);
        Checkbox inPerson = new Checkbox(getTranslation("employer.contact.inPerson"));
        inPerson.setId("contact-in-person");
        RadioButtonGroup<ContactKind> kind = new RadioButtonGroup<>(getTranslation("employer.contact.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(k -> translations.enumLabel(k, getLocale()));
        kind.setId("contact-kind");
        MultiSelectComboBox<ContactClient> clients = new MultiSelectComboBox<>(
                getTranslation("employer.contact.clients"));
        clients.setItems(options.clients());
        clients.setItemLabelGenerator(ContactClient::name);
        clients.setId("contact-clients");
        clients.setHelperText(getTranslation("employer.contact.clientsHelp"));
        TextArea purpose = Ui.area(getTranslation("employer.contact.purpose"), "contact-purpose", 4000);
        TextArea outcome = Ui.area(getTranslation("employer.contact.outcome"), "contact-outcome", 4000);
        TextArea nextStep = Ui.area(getTranslation("employer.contact.nextStep"), "contact-next-step", 4000);
        DatePicker nextStepOn = Formats.datePicker(getTranslation("employer.contact.nextStepOn"));
        nextStepOn.setId("contact-next-step-on");
        disclosures.addClassName("contact-disclosures");
        disclosures.setId("contact-disclosures");

        binder.forField(employer).asRequired(getTranslation("employment.error.employer"))
                .bind(b -> b.employer, (b, v) -> b.employer = v);
        binder.forField(date).asRequired(required).bind(b -> b.date, (b, v) -> b.date = v);
        binder.forField(person).bind(b -> b.person, (b, v) -> b.person = v);
        binder.forField(personName).bind(b -> b.personName, (b, v) -> b.personName = v);
        binder.forField(inPerson).bind(b -> b.inPerson, (b, v) -> b.inPerson = v);
        binder.forField(kind).asRequired(required).bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(clients).bind(b -> b.clients, (b, v) -> b.clients = new LinkedHashSet<>(v));
        binder.forField(purpose).bind(b -> b.purpose, (b, v) -> b.purpose = v);
        binder.forField(outcome).bind(b -> b.outcome, (b, v) -> b.outcome = v);
        binder.forField(nextStep).bind(b -> b.nextStep, (b, v) -> b.nextStep = v);
        binder.forField(nextStepOn).withValidator((v, c) -> v == null || date.getValue() == null
                        || !v.isBefore(date.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("employer.error.nextStepDate")))
                .bind(b -> b.nextStepOn, (b, v) -> b.nextStepOn = v);

        employer.addValueChangeListener(e -> {
            List<Ref> people = e.getValue() == null ? List.of()
                    : options.people().getOrDefault(e.getValue().id(), List.of());
            person.setItems(people);
            if (e.isFromClient() && e.getValue() != null) {
                kind.setValue(service.suggestedKind(e.getValue().id()));
                if (people.size() == 1) {
                    person.setValue(people.get(0));
                }
            }
        });
        person.addValueChangeListener(e -> personName.setVisible(e.getValue() == null));
        clients.addValueChangeListener(e -> showDisclosures(e.getValue()));

        if (existing != null) {
            bean.employer = options.employers().stream().filter(r -> r.id().equals(existing.employerId())).findFirst()
                    .orElse(new Ref(existing.employerId(), existing.employerName()));
            bean.date = existing.date();
            bean.inPerson = existing.inPerson();
            bean.kind = existing.kind();
            bean.purpose = nz(existing.purpose());
            bean.outcome = nz(existing.outcome());
            bean.nextStep = nz(existing.nextStep());
            bean.nextStepOn = existing.nextStepOn();
            Set<Long> ids = existing.clients().stream().map(ContactClient::caseId).collect(Collectors.toSet());
            bean.clients = options.clients().stream().filter(c -> ids.contains(c.caseId()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            // clients of closed cases stay on the contact although they are no longer offered
            existing.clients().stream().filter(c -> bean.clients.stream().noneMatch(x -> x.caseId().equals(c.caseId())))
                    .forEach(bean.clients::add);
        } else {
            if (employerId != null) {
                bean.employer = options.employers().stream().filter(r -> r.id().equals(employerId)).findFirst()
                        .orElse(null);
                bean.kind = bean.employer == null ? ContactKind.FIRST : service.suggestedKind(employerId);
            }
            if (caseId != null) {
                options.clients().stream().filter(c -> c.caseId().equals(caseId)).forEach(bean.clients::add);
            }
        }
        binder.readBean(bean);
        if (bean.employer != null) {
            List<Ref> people = options.people().getOrDefault(bean.employer.id(), List.of());
            person.setItems(people);
            if (existing != null && existing.personId() != null) {
                people.stream().filter(p -> p.id().equals(existing.personId())).findFirst().ifPresent(person::setValue);
            } else if (existing == null && people.size() == 1) {
                person.setValue(people.get(0));
            }
        }
        if (existing != null && existing.personId() == null) {
            personName.setValue(nz(existing.personName()));
        }
        personName.setVisible(person.getValue() == null);
        showDisclosures(bean.clients);

        var form = Ui.form(employer, date, person, personName, kind, inPerson, clients);
        form.setColspan(clients, 2);
        form.add(disclosures, purpose, outcome, nextStep, nextStepOn);
        form.setColspan(disclosures, 2);
        form.setColspan(purpose, 2);
        form.setColspan(outcome, 2);
        form.setColspan(nextStep, 2);
        add(form);
        getFooter().add(Ui.cancel(this), Ui.primary(getTranslation("common.save"), "contact-save", () -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            ContactInput in = new ContactInput(existing == null ? -1 : existing.version(), bean.employer.id(),
                    bean.date, bean.person == null ? null : bean.person.id(), bean.personName, bean.inPerson,
                    bean.kind, bean.purpose, bean.outcome, bean.nextStep, bean.nextStepOn,
                    bean.clients.stream().map(ContactClient::caseId).collect(Collectors.toSet()));
            Ui.save(this, this, () -> existing == null ? service.recordContact(in)
                    : service.updateContact(existing.id(), in), saved -> onSaved.run());
        }));
    }

    private void showDisclosures(Set<ContactClient> selected) {
        disclosures.removeAll();
        for (ContactClient c : selected) {
            String key = c.disclosure() == null ? "employment.disclosure.clientUnknown"
                    : c.disclosure() ? "employment.disclosure.clientYes" : "employment.disclosure.clientNo";
            Span s = new Span(getTranslation(key, c.name()));
            s.addClassName(c.disclosure() == null ? "disclosure-unknown"
                    : c.disclosure() ? "disclosure-yes" : "disclosure-no");
            disclosures.add(s);
        }
        disclosures.setVisible(!selected.isEmpty());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
