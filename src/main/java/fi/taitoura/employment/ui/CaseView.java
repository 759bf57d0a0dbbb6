package fi.taitoura.employment.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Downloads;
import fi.taitoura.base.ui.LazyTabs;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.employment.CaseVariant;
import fi.taitoura.employment.EmployerService;
import fi.taitoura.employment.EmploymentDocuments;
import fi.taitoura.employment.EmploymentRecords.CaseDetail;
import fi.taitoura.employment.EmploymentRecords.ClientSummary;
import fi.taitoura.employment.EmploymentRecords.ContactView;
import fi.taitoura.employment.EmploymentRecords.EducationView;
import fi.taitoura.employment.EmploymentRecords.EventView;
import fi.taitoura.employment.EmploymentRecords.FormRef;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentRecords.PhaseView;
import fi.taitoura.employment.EmploymentRecords.StudyUnitView;
import fi.taitoura.employment.EmploymentRecords.TimelineKind;
import fi.taitoura.employment.EmploymentRecords.TimelineRow;
import fi.taitoura.employment.EmploymentRecords.Warning;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryView;
import fi.taitoura.employment.EmploymentService;
import fi.taitoura.employment.EventKind;
import fi.taitoura.employment.FormKind;
import fi.taitoura.employment.Phase;
import fi.taitoura.summary.SummaryService;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * One client's supported-employment case (/employment/{caseId}): the phase, quality-criteria warnings, the quick
 * actions (employer contact, job start, event, phase) and tabs for the form set, jobs, employer contacts, events,
 * education, the per-client summary, the training period the case continues, and the basics. A case of another
 * team looks like a missing page.
 */
@Route("employment/:caseId")
@RolesAllowed({Role.Names.JOB_COACH, Role.Names.TEAM_LEAD})
@StyleSheet(Ui.STYLES)
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmploymentService service;
    private final EmployerService employers;
    private final EmploymentDocuments documents;
    private final CertificateService certificates;
    private final SummaryService summaries;
    private final TranslationProvider translations;
    private Long caseId;
    private CaseDetail detail;
    private String selectedTab;
    private final Select<String> language;

    CaseView(EmploymentService service, EmployerService employers, EmploymentDocuments documents,
             CertificateService certificates, SummaryService summaries, TranslationProvider translations) {
        this.service = service;
        this.employers = employers;
        this.documents = documents;
        this.certificates = certificates;
        this.summaries = summaries;
        this.translations = translations;
        this.language = Ui.languageSelect(this);
        language.setId("pdf-language");
        addClassName("case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().getLong("caseId").orElse(-1L);
        try {
            detail = service.detail(caseId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void reload() {
        detail = service.detail(caseId);
        build();
    }

    private Locale pdfLocale() {
        return Locale.of(language.getValue() == null ? "fi" : language.getValue());
    }

    private boolean writable() {
        return detail.canWrite() && detail.open();
    }

    // ------------------------------------------------------------------ header

    private void build() {
        removeAll();
        Anchor back = new Anchor("employment", getTranslation("employment.backToCaseload"));
        back.setId("back-to-caseload");
        H2 name = new H2(detail.client().name());
        name.setId("case-client");
        add(back, name, stepper(), facts());
        Div warnings = new Div();
        warnings.setId("case-warnings");
        warnings.addClassName("case-warnings");
        for (Warning w : detail.row().warnings()) {
            Div callout = new Div(VaadinIcon.WARNING.create(), new Span(Ui.warningText(this, w)));
            callout.addClassName("callout-warning");
            callout.addClassName("warning-" + w.kind());
            warnings.add(callout);
        }
        add(warnings);
        add(actions());
        add(tabs());
    }

    private Component stepper() {
        OrderedList steps = new OrderedList();
        steps.addClassName("phase-stepper");
        steps.setId("phase-stepper");
        for (Phase p : Phase.values()) {
            ListItem item = new ListItem(new Span(String.valueOf(p.number())),
                    new Span(translations.enumLabel(p, getLocale())));
            if (p == detail.row().phase()) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
            } else if (p.isBefore(detail.row().phase())) {
                item.addClassName("done");
            }
            steps.add(item);
        }
        steps.getElement().setAttribute("aria-label", getTranslation("employment.field.phase"));
        return steps;
    }

    private Component facts() {
        Div facts = new Div();
        facts.addClassName("case-facts");
        facts.setId("case-facts");
        var row = detail.row();
        facts.add(Ui.field(getTranslation("employment.field.coach"),
                row.coachName() == null ? getTranslation("employment.noCoach") : row.coachName()));
        facts.add(Ui.field(getTranslation("employment.field.team"), row.teamName()));
        facts.add(Ui.field(getTranslation("employment.field.referredOn"), Ui.date(row.referredOn())));
        facts.add(Ui.field(getTranslation("employment.field.agreedOn"), Ui.date(row.agreedOn())));
        if (row.daysToFirstContact() != null) {
            Div days = Ui.field(getTranslation("employment.field.firstContact"), row.firstContactOn() == null
                    ? getTranslation("employment.firstContact.none", row.daysToFirstContact())
                    : getTranslation("employment.firstContact.after", Ui.date(row.firstContactOn()),
                    row.daysToFirstContact()));
            days.setId("first-contact");
            days.addClassName(row.daysToFirstContact() > 30 ? "days-late" : "days-ok");
            facts.add(days);
        }
        Div disclosure = Ui.field(getTranslation("employment.form.AGREEMENT.disclosure"),
                detail.disclosure() == null ? getTranslation("employment.disclosure.unknown")
                        : getTranslation(detail.disclosure() ? "employment.disclosure.yes"
                        : "employment.disclosure.no"));
        disclosure.setId("case-disclosure");
        facts.add(disclosure);
        if (row.variant() == CaseVariant.STUDENT) {
            facts.add(Ui.field(getTranslation("employment.school.school"), detail.school().schoolName()));
            facts.add(Ui.field(getTranslation("employment.school.teacher"), detail.school().teacherName()));
        }
        if (!row.open()) {
            facts.add(Ui.field(getTranslation("employment.field.closedOn"), Ui.date(row.closedOn()) + " · "
                    + translations.enumLabel(row.outcome(), getLocale())));
        }
        return facts;
    }

    private Component actions() {
        Div actions = new Div();
        actions.addClassName("case-actions");
        actions.setId("case-actions");
        if (writable()) {
            actions.add(Ui.action(getTranslation("employment.action.contact"), VaadinIcon.HANDSHAKE, "record-contact",
                    () -> new ContactDialog(employers, translations, detail.row().teamId(), null, null, caseId,
                            this::reload).open()));
            actions.add(Ui.action(getTranslation("employment.action.jobStart"), VaadinIcon.BRIEFCASE, "start-job",
                    () -> JobDialog.start(service, translations, detail, null, this::reload).open()));
            actions.add(Ui.action(getTranslation("employment.action.event"), VaadinIcon.CALENDAR, "new-event",
                    () -> CaseDialogs.event(service, translations, detail, null, null, this::reload).open()));
            actions.add(Ui.action(getTranslation("employment.action.benefits"), VaadinIcon.EURO, "new-benefits",
                    () -> CaseDialogs.event(service, translations, detail, null, EventKind.BENEFITS_COUNSELLING,
                            this::reload).open()));
            actions.add(Ui.action(getTranslation("employment.action.phase"), VaadinIcon.STEP_FORWARD, "change-phase",
                    () -> CaseDialogs.phase(service, translations, detail, this::reload).open()));
        } else if (detail.canWrite()) {
            actions.add(Ui.action(getTranslation("employment.action.followUp"), VaadinIcon.CALENDAR, "new-follow-up",
                    () -> CaseDialogs.event(service, translations, detail, null, EventKind.FOLLOW_UP, this::reload)
                            .open()));
        }
        if (detail.canManage() && detail.open()) {
            actions.add(Ui.action(getTranslation("employment.basics.edit"), VaadinIcon.EDIT, "edit-basics",
                    () -> CaseDialogs.basics(service, translations, detail, this::reload).open()));
        }
        // the language of the printable forms and the summary, chosen once for the page
        actions.add(language);
        return actions;
    }

    private Component tabs() {
        LazyTabs tabs = new LazyTabs();
        tabs.setId("case-tabs");
        tab(tabs, "forms", getTranslation("employment.tab.forms"), this::formsTab);
        tab(tabs, "jobs", getTranslation("employment.tab.jobs") + " (" + detail.jobs().size() + ")", this::jobsTab);
        tab(tabs, "contacts", getTranslation("employment.tab.contacts") + " (" + detail.contacts().size() + ")",
                this::contactsTab);
        tab(tabs, "events", getTranslation("employment.tab.events") + " (" + detail.events().size() + ")",
                this::eventsTab);
        tab(tabs, "education", getTranslation("employment.tab.education"), this::educationTab);
        tab(tabs, "summary", getTranslation("employment.tab.summary"), this::summaryTab);
        if (detail.period() != null) {
            tab(tabs, "period", getTranslation("employment.tab.period"), this::periodTab);
        }
        tab(tabs, "basics", getTranslation("employment.tab.basics"), this::basicsTab);
        return tabs;
    }

    private void tab(LazyTabs tabs, String key, String title, java.util.function.Supplier<Component> content) {
        Tab tab = tabs.addLazy(title, content);
        tab.setId("tab-" + key);
        if (key.equals(selectedTab)) {
            tabs.setSelectedTab(tab);
        }
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                selectedTab = key;
            }
        });
    }

    // ------------------------------------------------------------------ forms

    private Component formsTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.addClassName("forms-tab");
        for (FormKind kind : List.of(FormKind.REFERRAL, FormKind.AGREEMENT, FormKind.PROFILE,
                FormKind.JOB_SEARCH_PLAN, FormKind.STUDY_PLAN)) {
            panel.add(formRow(kind, null));
            if (kind == FormKind.PROFILE) {
                panel.add(workHistory());
            }
        }
        for (JobView job : detail.jobs()) {
            panel.add(formRow(FormKind.SUPPORT_PLAN, job));
        }
        if (detail.jobs().isEmpty()) {
            Div none = new Div(new H4(getTranslation("employment.form.SUPPORT_PLAN.title")),
                    new Paragraph(getTranslation("employment.form.SUPPORT_PLAN.noJob")));
            none.addClassName("form-row");
            panel.add(none);
        }
        panel.add(formRow(FormKind.CLOSURE, null));
        return panel;
    }

    private Component formRow(FormKind kind, JobView job) {
        Long jobId = job == null ? null : job.id();
        List<FormRef> revisions = detail.forms().stream().filter(f -> f.kind() == kind
                && (kind != FormKind.SUPPORT_PLAN || f.jobId().equals(jobId))).toList();
        Optional<FormRef> current = revisions.stream().filter(FormRef::current).findFirst();
        String suffix = kind + (jobId == null ? "" : "-" + jobId);
        Div row = new Div();
        row.addClassName("form-row");
        row.setId("form-row-" + suffix);
        H4 title = new H4(getTranslation("employment.form." + kind + ".title")
                + (job == null ? "" : ": " + job.title() + ", " + job.employerName()));
        Span state;
        if (current.isEmpty()) {
            state = Ui.badge(getTranslation("employment.form.missing"), "neutral");
        } else {
            FormRef f = current.get();
            String text = getTranslation("employment.form.done", Ui.date(f.formDate()))
                    + (kind.versioned() ? " · " + getTranslation("employment.form.revision", f.revision()) : "")
                    + (f.reviewOn() == null ? "" : " · " + getTranslation("employment.form.reviewShort",
                    Ui.date(f.reviewOn())));
            boolean overdue = f.reviewOn() != null && f.reviewOn().isBefore(Time.today());
            state = Ui.badge(text, overdue ? "warning" : "ok");
        }
        state.setId("form-state-" + suffix);
        Div buttons = new Div();
        buttons.addClassName("form-row-buttons");
        boolean mayEdit = detail.canWrite() && (detail.open() || kind == FormKind.CLOSURE);
        if (mayEdit) {
            String label = current.isEmpty() ? getTranslation("employment.form.fill")
                    : kind.versioned() ? getTranslation("employment.form.revise") : getTranslation("common.edit");
            Button edit = new Button(label, current.isEmpty() ? VaadinIcon.PLUS.create() : VaadinIcon.EDIT.create(),
                    e -> {
                        var now = current.map(f -> service.form(caseId, f.id())).orElse(null);
                        new FormDialog(service, translations, detail, kind, now, jobId, () -> {
                            selectedTab = "forms";
                            reload();
                        }).open();
                    });
            edit.setId("edit-form-" + suffix);
            edit.addClassName("employment-action");
            buttons.add(edit);
        }
        current.ifPresent(f -> buttons.add(pdfLink(f, "pdf-form-" + suffix)));
        row.add(title, state, buttons);
        if (revisions.size() > 1) {
            Div earlier = new Div();
            for (FormRef f : revisions.stream().filter(r -> !r.current()).toList()) {
                Div line = new Div(new Span(getTranslation("employment.form.revision", f.revision()) + " · "
                        + Ui.date(f.formDate()) + " "), pdfLink(f, "pdf-form-" + suffix + "-r" + f.revision()));
                earlier.add(line);
            }
            Details history = new Details(getTranslation("employment.form.earlier", revisions.size() - 1), earlier);
            history.setId("form-history-" + suffix);
            row.add(history);
        }
        return row;
    }

    private Anchor pdfLink(FormRef f, String id) {
        String file = ("tyohonvalmennus-" + f.kind() + "-" + caseId + "-" + f.revision() + ".pdf").toLowerCase();
        Anchor a = Downloads.pdf(getTranslation("employment.pdf.download"), file,
                () -> documents.formPdf(caseId, f.id(), pdfLocale()));
        a.setId(id);
        return a;
    }

    private Component workHistory() {
        Div box = new Div();
        box.addClassName("work-history");
        box.setId("work-history");
        box.add(new Span(getTranslation("employment.workHistory.title")));
        for (WorkHistoryView w : detail.workHistory()) {
            Div line = new Div(new Span(w.employerName() + (w.title() == null ? "" : ", " + w.title())
                    + (w.periodText() == null ? "" : " (" + w.periodText() + ")")));
            line.addClassName("work-history-row");
            if (writable()) {
                Button edit = new Button(getTranslation("common.edit"), e -> CaseDialogs.workHistory(service, detail,
                        w, this::reloadForms).open());
                edit.addThemeVariants(ButtonVariant.TERTIARY);
                line.add(edit);
            }
            box.add(line);
        }
        if (writable()) {
            Button add = new Button(getTranslation("employment.workHistory.new"), VaadinIcon.PLUS.create(),
                    e -> CaseDialogs.workHistory(service, detail, null, this::reloadForms).open());
            add.setId("new-work-history");
            add.addThemeVariants(ButtonVariant.TERTIARY);
            box.add(add);
        }
        return box;
    }

    private void reloadForms() {
        selectedTab = "forms";
        reload();
    }

    // ------------------------------------------------------------------ jobs

    private Component jobsTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        if (detail.jobs().isEmpty()) {
            panel.add(new Paragraph(getTranslation("employment.job.none")));
        }
        LocalDate today = Time.today();
        for (JobView j : detail.jobs().reversed()) {
            Div card = new Div();
            card.addClassName("job-card");
            card.setId("job-" + j.id());
            card.add(new H3(j.title() + ", " + j.employerName()));
            card.add(Ui.field(getTranslation("employment.job.period"), Ui.date(j.startDate()) + " – "
                    + (j.ended() ? Ui.date(j.endDate()) : getTranslation("employment.job.ongoing"))
                    + " · " + getTranslation("employment.job.weeks", j.weeks(today))));
            card.add(Ui.field(getTranslation("employment.job.hours"), Ui.hours(j.hoursPerWeek())));
            card.add(Ui.field(getTranslation("employment.job.contractType"),
                    translations.enumLabel(j.contractType(), getLocale()) + (j.paySubsidy()
                            ? " · " + getTranslation("employment.job.paySubsidyShort") : "")));
            if (j.ended()) {
                card.add(Ui.field(getTranslation("employment.job.endedBy"),
                        translations.enumLabel(j.endedBy(), getLocale())));
            }
            Div buttons = new Div();
            buttons.addClassName("form-row-buttons");
            if (writable()) {
                Button edit = new Button(getTranslation("employment.job.editStart"), VaadinIcon.EDIT.create(),
                        e -> JobDialog.start(service, translations, detail, j, this::reloadJobs).open());
                edit.setId("edit-job-" + j.id());
                Button end = new Button(getTranslation(j.ended() ? "employment.job.editEnd" : "employment.job.end"),
                        VaadinIcon.SIGN_OUT.create(),
                        e -> JobDialog.end(service, translations, detail, j, this::reloadJobs).open());
                end.setId("end-job-" + j.id());
                buttons.add(edit, end);
            }
            Anchor startPdf = Downloads.pdf(getTranslation("employment.job.pdf.start"),
                    "tyohonvalmennus-c-" + j.id() + ".pdf", () -> documents.jobStartPdf(caseId, j.id(), pdfLocale()));
            startPdf.setId("pdf-job-start-" + j.id());
            buttons.add(startPdf);
            if (j.ended()) {
                Anchor endPdf = Downloads.pdf(getTranslation("employment.job.pdf.end"),
                        "tyohonvalmennus-d-" + j.id() + ".pdf", () -> documents.jobEndPdf(caseId, j.id(), pdfLocale()));
                endPdf.setId("pdf-job-end-" + j.id());
                buttons.add(endPdf);
            }
            card.add(buttons);
            panel.add(card);
        }
        return panel;
    }

    private void reloadJobs() {
        selectedTab = "jobs";
        reload();
    }

    // ------------------------------------------------------------------ contacts and events

    private Component contactsTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        if (detail.contacts().isEmpty()) {
            panel.add(new Paragraph(getTranslation("employment.contact.none")));
        }
        for (ContactView c : detail.contacts()) {
            panel.add(EmployerView.contactCard(this, translations, c, true));
        }
        return panel;
    }

    private Component eventsTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        if (detail.events().isEmpty()) {
            panel.add(new Paragraph(getTranslation("employment.event.none")));
        }
        for (EventView e : detail.events()) {
            Div card = new Div();
            card.addClassName("event-card");
            card.setId("event-" + e.id());
            Span kind = Ui.badge(translations.enumLabel(e.kind(), getLocale()),
                    e.kind() == EventKind.BENEFITS_COUNSELLING ? "ok" : "neutral");
            card.add(new Div(new Span(Ui.date(e.date()) + " "), kind));
            if (e.status() != null) {
                card.add(Ui.field(getTranslation("employment.event.status"),
                        translations.enumLabel(e.status(), getLocale())));
            }
            if (!e.topics().isEmpty()) {
                card.add(Ui.field(getTranslation("employment.event.topics"), e.topics().stream().sorted()
                        .map(t -> translations.enumLabel(t, getLocale())).reduce((a, b) -> a + ", " + b).orElse("")));
            }
            if (e.note() != null) {
                Paragraph note = new Paragraph(e.note());
                note.addClassName("preserve-lines");
                card.add(note);
            }
            if (detail.canWrite() && (detail.open() || e.kind() == EventKind.FOLLOW_UP)) {
                Button edit = new Button(getTranslation("common.edit"), x -> CaseDialogs.event(service, translations,
                        detail, e, null, () -> {
                            selectedTab = "events";
                            reload();
                        }).open());
                edit.addThemeVariants(ButtonVariant.TERTIARY);
                card.add(edit);
            }
            panel.add(card);
        }
        return panel;
    }

    // ------------------------------------------------------------------ education

    private Component educationTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        Runnable again = () -> {
            selectedTab = "education";
            reload();
        };
        if (detail.row().variant() == CaseVariant.STUDENT) {
            panel.add(new H3(getTranslation("employment.studyUnit.title")));
            panel.add(new Paragraph(getTranslation("employment.school.summary", detail.school().schoolName(),
                    detail.school().qualificationName() == null ? "" : detail.school().qualificationName(),
                    detail.school().teacherName())));
            for (StudyUnitView u : detail.studyUnits()) {
                Div card = new Div();
                card.addClassName("event-card");
                card.add(new H4((u.unitCode() == null ? "" : u.unitCode() + " ") + u.unitName()));
                card.add(Ui.field(getTranslation("employment.job.period"), Ui.date(u.startedOn()) + " – "
                        + Ui.date(u.completedOn())));
                card.add(Ui.field(getTranslation("employment.studyUnit.strengths"), u.strengths()));
                card.add(Ui.field(getTranslation("employment.studyUnit.workplaceLearning"), u.workplaceLearning()));
                if (writable()) {
                    Button edit = new Button(getTranslation("common.edit"), e -> CaseDialogs.studyUnit(service, detail,
                            u, again).open());
                    edit.addThemeVariants(ButtonVariant.TERTIARY);
                    card.add(edit);
                }
                panel.add(card);
            }
            if (writable()) {
                Button add = Ui.action(getTranslation("employment.studyUnit.new"), VaadinIcon.PLUS, "new-study-unit",
                        () -> CaseDialogs.studyUnit(service, detail, null, again).open());
                panel.add(add);
            }
        }
        panel.add(new H3(getTranslation("employment.education.title")));
        if (detail.education().isEmpty()) {
            panel.add(new Paragraph(getTranslation("employment.education.none")));
        }
        for (EducationView ed : detail.education()) {
            Div card = new Div();
            card.addClassName("event-card");
            card.add(new H4(ed.programme()), Ui.field(getTranslation("employment.education.institution"),
                    ed.institution()), Ui.field(getTranslation("employment.job.period"), Ui.date(ed.startDate())
                    + " – " + Ui.date(ed.endDate())), Ui.field(getTranslation("employment.education.outcome"),
                    translations.enumLabel(ed.outcome(), getLocale())));
            if (detail.canWrite()) {
                Button edit = new Button(getTranslation("common.edit"), e -> CaseDialogs.education(service,
                        translations, detail, ed, again).open());
                edit.addThemeVariants(ButtonVariant.TERTIARY);
                card.add(edit);
            }
            panel.add(card);
        }
        if (detail.canWrite()) {
            panel.add(Ui.action(getTranslation("employment.education.new"), VaadinIcon.PLUS, "new-education",
                    () -> CaseDialogs.education(service, translations, detail, null, again).open()));
        }
        return panel;
    }

    // ------------------------------------------------------------------ the per-client summary

    private Component summaryTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.addClassName("client-summary");
        ClientSummary s = service.clientSummary(caseId);
        Div figures = new Div();
        figures.addClassName("case-facts");
        figures.add(Ui.field(getTranslation("employment.summary.jobStarts"), String.valueOf(s.jobStarts())));
        figures.add(Ui.field(getTranslation("employment.summary.daysToFirstJob"),
                s.daysToFirstJob() == null ? "" : String.valueOf(s.daysToFirstJob())));
        Grid<TimelineRow> grid = new Grid<>();
        grid.addColumn(r -> getTranslation("employment.summary.kind." + r.kind())).setHeader(
                getTranslation("employment.summary.kind")).setAutoWidth(true);
        grid.addColumn(r -> Ui.date(r.start()) + " – " + Ui.date(r.end()))
                .setHeader(getTranslation("employment.job.period")).setAutoWidth(true);
        grid.addColumn(r -> r.title() + (r.place() == null ? "" : ", " + r.place()))
                .setHeader(getTranslation("employment.summary.what")).setFlexGrow(1);
        grid.addColumn(r -> r.kind() == TimelineKind.JOB ? Ui.hours(r.hoursPerWeek()) + " h · "
                        + getTranslation("employment.job.weeks", r.weeks())
                        : r.educationOutcome() == null ? "" : translations.enumLabel(r.educationOutcome(), getLocale()))
                .setHeader(getTranslation("employment.summary.extent")).setAutoWidth(true);
        grid.setItems(s.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("summary-timeline");
        Anchor pdf = Downloads.pdf(getTranslation("employment.summary.pdf"), "tyohonvalmennus-kooste-" + caseId + ".pdf",
                () -> documents.summaryPdf(caseId, pdfLocale()));
        pdf.setId("summary-pdf");
        Anchor xlsx = Downloads.link(getTranslation("employment.summary.xlsx"),
                "tyohonvalmennus-kooste-" + caseId + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> documents.summaryXlsx(caseId, pdfLocale()));
        xlsx.setId("summary-xlsx");
        HorizontalLayout links = new HorizontalLayout(pdf, xlsx);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        links.setWrap(true);
        panel.add(figures, links, grid);
        return panel;
    }

    // ------------------------------------------------------------------ the training period

    private Component periodTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        var p = detail.period();
        if (!p.readable()) {
            panel.add(new Paragraph(getTranslation("employment.period.noConsent")));
            return panel;
        }
        panel.add(Ui.field(getTranslation("employment.period.workUnit"), p.workUnit()),
                Ui.field(getTranslation("employment.job.period"), Ui.date(p.start()) + " – " + Ui.date(p.end())));
        Anchor open = new Anchor("trainees/" + p.traineeId() + "/periods/" + p.periodId(),
                getTranslation("employment.period.open"));
        open.setId("open-period");
        panel.add(open);
        panel.add(new H4(getTranslation("employment.period.certificates")));
        var certs = certificates.findRowsForPeriod(p.periodId());
        if (certs.isEmpty()) {
            panel.add(new Paragraph(getTranslation("employment.period.noneYet")));
        }
        for (var c : certs) {
            Anchor a = Downloads.pdf(getTranslation("employment.period.certificate", Ui.date(
                            c.createdAt().atZone(Time.zone()).toLocalDate()),
                    c.language().toUpperCase(Locale.ROOT)), "osaamistodistus-" + c.id() + ".pdf",
                    () -> certificates.pdf(c.id()));
            panel.add(a);
        }
        panel.add(new H4(getTranslation("employment.period.summaries")));
        var delivered = summaries.findDelivered(p.periodId());
        if (delivered.isEmpty()) {
            panel.add(new Paragraph(getTranslation("employment.period.noneYet")));
        }
        for (var s : delivered) {
            panel.add(Downloads.pdf(getTranslation("employment.period.summary", s.revision(),
                            s.finalisedAt() == null ? "" : Ui.date(s.finalisedAt()
                                    .atZone(Time.zone()).toLocalDate())),
                    "loppukooste-" + s.summaryId() + ".pdf", () -> summaries.pdf(s.summaryId())));
        }
        return panel;
    }

    // ------------------------------------------------------------------ basics

    private Component basicsTab() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        var c = detail.client();
        Div client = new Div();
        client.addClassName("case-facts");
        client.add(Ui.field(getTranslation("employment.client.dateOfBirth"), Ui.date(c.dateOfBirth())),
                Ui.field(getTranslation("employment.client.phone"), c.phone()),
                Ui.field(getTranslation("employment.client.email"), c.email()),
                Ui.field(getTranslation("employment.field.variant"),
                        translations.enumLabel(detail.row().variant(), getLocale())),
                Ui.field(getTranslation("employment.field.source"),
                        translations.enumLabel(detail.source(), getLocale())));
        panel.add(new H3(getTranslation("employment.basics.client")), client);
        panel.add(new H3(getTranslation("employment.phase.history")));
        OrderedList history = new OrderedList();
        history.setId("phase-history");
        for (PhaseView p : detail.phases()) {
            history.add(new ListItem(Ui.date(p.changedOn()) + " · " + p.phase().number() + " "
                    + translations.enumLabel(p.phase(), getLocale()) + " · "
                    + translations.enumLabel(p.reason(), getLocale())
                    + (p.changedBy() == null ? "" : " · " + p.changedBy())));
        }
        panel.add(history);
        return panel;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("employment.caseload.title") : detail.client().name();
    }
}
