package fi.taitoura.employment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Downloads;
import fi.taitoura.base.ui.LazyTabs;
import fi.taitoura.employment.EmployerService;
import fi.taitoura.employment.EmploymentAccess;
import fi.taitoura.employment.EmploymentDocuments;
import fi.taitoura.employment.EmploymentRecords.ContactClient;
import fi.taitoura.employment.EmploymentRecords.ContactView;
import fi.taitoura.employment.EmploymentRecords.EmployerDetail;
import fi.taitoura.employment.EmploymentRecords.EmployerInput;
import fi.taitoura.employment.EmploymentRecords.EmployerJob;
import fi.taitoura.employment.EmploymentRecords.PersonInput;
import fi.taitoura.employment.EmploymentRecords.PersonView;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * One employer of the team's register (/employers/{id}): its details and contact people, the contacts with it
 * (form B) with the clients discussed and their disclosure choices, and the jobs clients have had there.
 */
@Route("employers/:employerId")
@RolesAllowed({Role.Names.JOB_COACH, Role.Names.TEAM_LEAD})
@StyleSheet(Ui.STYLES)
class EmployerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployerService service;
    private final EmploymentDocuments documents;
    private final EmploymentAccess access;
    private final TranslationProvider translations;
    private Long employerId;
    private EmployerDetail detail;

    EmployerView(EmployerService service, EmploymentDocuments documents, EmploymentAccess access,
                 TranslationProvider translations) {
        this.service = service;
        this.documents = documents;
        this.access = access;
        this.translations = translations;
        addClassName("employer-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        employerId = event.getRouteParameters().getLong("employerId").orElse(-1L);
        try {
            detail = service.employer(employerId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void reload() {
        detail = service.employer(employerId);
        build();
    }

    private void build() {
        removeAll();
        Anchor back = new Anchor("employers", getTranslation("employer.back"));
        H2 name = new H2(detail.name());
        name.setId("employer-name");
        add(back, name);
        Div facts = new Div();
        facts.addClassName("case-facts");
        facts.add(Ui.field(getTranslation("employer.businessId"), detail.businessId()),
                Ui.field(getTranslation("employer.sector"), detail.sector()),
                Ui.field(getTranslation("employer.address"), detail.address()),
                Ui.field(getTranslation("employer.phone"), detail.phone()),
                Ui.field(getTranslation("employer.email"), detail.email()),
                Ui.field(getTranslation("employment.field.team"), detail.teamName()));
        add(facts);
        if (detail.notes() != null) {
            Paragraph notes = new Paragraph(detail.notes());
            notes.addClassName("preserve-lines");
            add(notes);
        }
        Div actions = new Div();
        actions.addClassName("case-actions");
        if (access.mayRecordContacts(detail.teamId())) {
            actions.add(Ui.action(getTranslation("employment.action.contact"), VaadinIcon.HANDSHAKE,
                    "record-employer-contact", () -> new ContactDialog(service, translations, detail.teamId(), null,
                            employerId, null, this::reload).open()));
        }
        actions.add(Ui.action(getTranslation("common.edit"), VaadinIcon.EDIT, "edit-employer",
                () -> editor(this, service, detail.teamId(), detail, id -> reload()).open()));
        add(actions);

        LazyTabs tabs = new LazyTabs();
        tabs.addLazy(getTranslation("employer.tab.contacts") + " (" + detail.contacts().size() + ")",
                this::contactsTab).setId("tab-employer-contacts");
        tabs.addLazy(getTranslation("employer.tab.people") + " (" + detail.people().size() + ")", this::peopleTab)
                .setId("tab-employer-people");
        tabs.addLazy(getTranslation("employer.tab.jobs") + " (" + detail.jobs().size() + ")", this::jobsTab)
                .setId("tab-employer-jobs");
        add(tabs);
    }

    private Component contactsTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        if (detail.contacts().isEmpty()) {
            panel.add(new Paragraph(getTranslation("employment.contact.none")));
        }
        for (ContactView c : detail.contacts()) {
            Div card = contactCard(this, translations, c, false);
            Div buttons = new Div();
            buttons.addClassName("form-row-buttons");
            if (access.mayRecordContacts(detail.teamId())) {
                Button edit = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(),
                        e -> new ContactDialog(service, translations, detail.teamId(), c, null, null, this::reload)
                                .open());
                edit.setId("edit-contact-" + c.id());
                edit.addThemeVariants(ButtonVariant.TERTIARY);
                Locale shown = getLocale(); // the download runs without a current UI: the language as shown now
                Anchor pdf = Downloads.pdf(getTranslation("employment.pdf.download"), "tyonantajatapaaminen-"
                        + c.id() + ".pdf", () -> documents.contactPdf(c.id(), shown));
                pdf.setId("pdf-contact-" + c.id());
                buttons.add(edit, pdf);
            }
            card.add(buttons);
            panel.add(card);
        }
        return panel;
    }

    /** A contact as a card: date, employer, kind, the clients with their disclosure choice, outcome, next step. */
    static Div contactCard(Component context, TranslationProvider tr, ContactView c, boolean showEmployer) {
        Div card = new Div();
        card.addClassName("event-card");
        card.setId("contact-" + c.id());
        String head = Ui.date(c.date()) + (showEmployer ? " · " + c.employerName() : "") + " · "
                + tr.enumLabel(c.kind(), Ui.locale()) + " · " + context.getTranslation(c.inPerson()
                ? "employer.contact.met" : "employer.contact.remote");
        card.add(new H3(head));
        card.add(Ui.field(context.getTranslation("employer.contact.coach"), c.coachName()));
        if (c.personName() != null) {
            card.add(Ui.field(context.getTranslation("employer.contact.person"), c.personName()));
        }
        if (!c.clients().isEmpty()) {
            Div clients = new Div();
            clients.addClassName("contact-disclosures");
            for (ContactClient k : c.clients()) {
                String key = k.disclosure() == null ? "employment.disclosure.clientUnknown"
                        : k.disclosure() ? "employment.disclosure.clientYes" : "employment.disclosure.clientNo";
                Span s = new Span(context.getTranslation(key, k.name()));
                s.addClassName(k.disclosure() == null ? "disclosure-unknown"
                        : k.disclosure() ? "disclosure-yes" : "disclosure-no");
                clients.add(s);
            }
            card.add(clients);
        }
        if (c.purpose() != null) {
            card.add(Ui.field(context.getTranslation("employer.contact.purpose"), c.purpose()));
        }
        if (c.outcome() != null) {
            card.add(Ui.field(context.getTranslation("employer.contact.outcome"), c.outcome()));
        }
        if (c.nextStep() != null || c.nextStepOn() != null) {
            card.add(Ui.field(context.getTranslation("employer.contact.nextStep"),
                    (c.nextStep() == null ? "" : c.nextStep()) + (c.nextStepOn() == null ? ""
                            : " (" + Ui.date(c.nextStepOn()) + ")")));
        }
        return card;
    }

    private Component peopleTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        for (PersonView p : detail.people()) {
            Div card = new Div();
            card.addClassName("event-card");
            card.add(new H3(p.name() + (p.active() ? "" : " (" + getTranslation("employer.inactive") + ")")),
                    Ui.field(getTranslation("employer.person.title"), p.title()),
                    Ui.field(getTranslation("employer.phone"), p.phone()),
                    Ui.field(getTranslation("employer.email"), p.email()));
            Button edit = new Button(getTranslation("common.edit"), e -> personEditor(p).open());
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            card.add(edit);
            panel.add(card);
        }
        panel.add(Ui.action(getTranslation("employer.person.new"), VaadinIcon.PLUS, "new-person",
                () -> personEditor(null).open()));
        return panel;
    }

    private Dialog personEditor(PersonView p) {
        Dialog d = Ui.dialog(getTranslation(p == null ? "employer.person.new" : "employer.person.edit"),
                "person-dialog");
        TextField name = Ui.line(getTranslation("employer.person.name"), "person-name", 200);
        TextField title = Ui.line(getTranslation("employer.person.title"), "person-title", 200);
        TextField phone = Ui.line(getTranslation("employer.phone"), "person-phone", 40);
        EmailField email = new EmailField(getTranslation("employer.email"));
        email.setId("person-email");
        Checkbox active = new Checkbox(getTranslation("employer.active"), true);
        if (p != null) {
            name.setValue(p.name());
            title.setValue(p.title() == null ? "" : p.title());
            phone.setValue(p.phone() == null ? "" : p.phone());
            email.setValue(p.email() == null ? "" : p.email());
            active.setValue(p.active());
        }
        d.add(Ui.form(name, title, phone, email, active));
        d.getFooter().add(Ui.cancel(d), Ui.primary(getTranslation("common.save"), "person-save", () -> {
            if (!CaseDialogs.requireValue(name, name.getValue().isBlank(), getTranslation("validation.required"))
                    || email.isInvalid()) {
                return;
            }
            PersonInput in = new PersonInput(p == null ? -1 : p.version(), name.getValue(), title.getValue(),
                    phone.getValue(), email.getValue(), active.getValue());
            Ui.save(this, d, () -> service.savePerson(employerId, p == null ? null : p.id(), in), x -> reload());
        }));
        return d;
    }

    private Component jobsTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        if (detail.jobs().isEmpty()) {
            panel.add(new Paragraph(getTranslation("employment.job.none")));
        }
        for (EmployerJob j : detail.jobs()) {
            Div card = new Div();
            card.addClassName("event-card");
            Anchor client = new Anchor("employment/" + j.caseId(), j.clientName());
            card.add(new H3(j.title()), client, Ui.field(getTranslation("employment.job.period"),
                    Ui.date(j.startDate()) + " – " + (j.endDate() == null ? getTranslation("employment.job.ongoing")
                            : Ui.date(j.endDate()))), Ui.field(getTranslation("employment.job.hours"),
                    Ui.hours(j.hoursPerWeek())));
            panel.add(card);
        }
        return panel;
    }

    /** Adds an employer to the team's register (detail null) or edits one; {@code onSaved} gets its id. */
    static Dialog editor(Component context, EmployerService service, Long teamId, EmployerDetail detail,
                         Consumer<Long> onSaved) {
        Dialog d = Ui.dialog(context.getTranslation(detail == null ? "employer.new" : "employer.edit"),
                "employer-dialog");
        d.setId("employer-dialog");
        TextField name = Ui.line(context.getTranslation("employer.name"), "employer-name-field", 200);
        TextField businessId = Ui.line(context.getTranslation("employer.businessId"), "employer-business-id", 9);
        businessId.setPattern("\\d{7}-\\d");
        businessId.setHelperText(context.getTranslation("validation.businessId"));
        TextField sector = Ui.line(context.getTranslation("employer.sector"), "employer-sector", 200);
        TextField address = Ui.line(context.getTranslation("employer.address"), "employer-address", 300);
        TextField phone = Ui.line(context.getTranslation("employer.phone"), "employer-phone", 40);
        EmailField email = new EmailField(context.getTranslation("employer.email"));
        email.setId("employer-email");
        TextArea notes = Ui.area(context.getTranslation("employer.notes"), "employer-notes", 4000);
        Checkbox active = new Checkbox(context.getTranslation("employer.active"), true);
        if (detail != null) {
            name.setValue(detail.name());
            businessId.setValue(detail.businessId() == null ? "" : detail.businessId());
            sector.setValue(detail.sector() == null ? "" : detail.sector());
            address.setValue(detail.address() == null ? "" : detail.address());
            phone.setValue(detail.phone() == null ? "" : detail.phone());
            email.setValue(detail.email() == null ? "" : detail.email());
            notes.setValue(detail.notes() == null ? "" : detail.notes());
            active.setValue(detail.active());
        }
        var form = Ui.form(name, businessId, sector, address, phone, email, notes, active);
        form.setColspan(notes, 2);
        d.add(form);
        d.getFooter().add(Ui.cancel(d), Ui.primary(context.getTranslation("common.save"), "employer-save", () -> {
            boolean ok = CaseDialogs.requireValue(name, name.getValue().isBlank(),
                    context.getTranslation("validation.required"));
            boolean badId = !businessId.getValue().isBlank() && !businessId.getValue().matches("\\d{7}-\\d");
            ok &= CaseDialogs.requireValue(businessId, badId, context.getTranslation("validation.businessId"));
            if (!ok || email.isInvalid()) {
                return;
            }
            EmployerInput in = new EmployerInput(detail == null ? -1 : detail.version(), teamId, name.getValue(),
                    businessId.getValue(), sector.getValue(), address.getValue(), phone.getValue(), email.getValue(),
                    notes.getValue(), active.getValue());
            Ui.save(context, d, () -> service.saveEmployer(detail == null ? null : detail.id(), in), onSaved);
        }));
        return d;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("employer.title") : detail.name();
    }
}
