package fi.taitoura.demonstration.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.LazyTabs;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.demonstration.DemonstrationDocuments;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentView;
import fi.taitoura.demonstration.DemonstrationRecords.Detail;
import fi.taitoura.demonstration.DemonstrationRecords.Evidence;
import fi.taitoura.demonstration.DemonstrationRecords.ObservationEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.RequirementEvidence;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.demonstration.DemonstrationStatus;
import fi.taitoura.documentation.IndependenceLevel;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * One demonstration: its plan (editable by the period's coaches and career agent while planned), the unit's
 * evidence, the assessment (the assigned teacher's form, a read-only result for others) and its documents.
 */
@Route("demonstrations/:id")
@RolesAllowed({Role.Names.TEACHER, Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEAM_LEAD})
class DemonstrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DemonstrationService service;
    private final DemonstrationDocuments documents;
    private final TranslationProvider translations;
    private Long id;
    private Detail detail;
    private String initialTab;

    DemonstrationView(DemonstrationService service, DemonstrationDocuments documents,
                      TranslationProvider translations) {
        this.service = service;
        this.documents = documents;
        this.translations = translations;
        addClassName("demonstration-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            detail = service.detail(id);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void reload(String tab) {
        detail = service.detail(id);
        initialTab = tab;
        build();
    }

    private void build() {
        removeAll();
        var s = detail.summary();
        H2 title = new H2(s.unitCode() + " " + s.unitName().in(getLocale()));
        Span state = DemonstrationGrid.state(s, translations, documents);
        state.setId("demonstration-state");
        Paragraph who = new Paragraph(s.traineeName() + " · " + DemonstrationGrid.dates(s.startDate(), s.endDate())
                + " · " + s.place());
        who.addClassName("demonstration-subtitle");
        Anchor back = new Anchor("demonstrations", getTranslation("demonstration.back"));
        back.setId("back-to-demonstrations");
        add(back, title, new HorizontalLayout(state), who);

        LazyTabs tabs = new LazyTabs();
        tabs.setWidthFull();
        var planTab = tabs.addLazy(getTranslation("demonstration.tab.plan"), this::planPanel);
        var evidenceTab = tabs.addLazy(getTranslation("demonstration.tab.evidence"), this::evidencePanel);
        var assessmentTab = tabs.addLazy(getTranslation("demonstration.tab.assessment"),
                () -> new AssessmentPanel(service, documents, translations, detail, () -> reload("assessment")));
        tabs.addLazy(getTranslation("demonstration.tab.documents"), this::documentsPanel);
        planTab.setId("tab-plan");
        evidenceTab.setId("tab-evidence");
        assessmentTab.setId("tab-assessment");
        if ("assessment".equals(initialTab) || (initialTab == null && detail.canAssess()
                && s.status() != DemonstrationStatus.CANCELLED && s.awaitingAssessment(Time.today()))) {
            tabs.setSelectedTab(assessmentTab);
        } else if (initialTab == null && s.status() == DemonstrationStatus.ASSESSED) {
            tabs.setSelectedTab(assessmentTab);
        }
        add(tabs);
    }

    // ------------------------------------------------------------------ plan

    private Component planPanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        var s = detail.summary();
        var p = detail.plan();
        Div fields = new Div();
        fields.addClassName("demonstration-fields");
        field(fields, "demonstration.field.trainee", s.traineeName());
        field(fields, "demonstration.field.qualification", detail.qualificationName().in(getLocale())
                + (detail.diaryNumber() == null ? "" : " (" + detail.diaryNumber() + ")"));
        field(fields, "demonstration.field.unit", s.unitCode() + " " + s.unitName().in(getLocale()));
        field(fields, "demonstration.field.scale", translations.enumLabel(s.scale(), getLocale()));
        field(fields, "demonstration.field.dates", DemonstrationGrid.dates(p.startDate(), p.endDate()));
        field(fields, "demonstration.field.place", p.place() + " (" + translations.enumLabel(detail.placeKind(),
                getLocale()) + ")");
        field(fields, "demonstration.field.workUnit", detail.workUnitName() + ", " + detail.organisationName());
        field(fields, "demonstration.field.teacher", s.teacherName());
        field(fields, "demonstration.field.workplaceAssessor", s.workplaceAssessor());
        field(fields, "demonstration.field.provider", p.educationProvider());
        if (detail.cancelReason() != null) {
            field(fields, "demonstration.field.cancelReason", detail.cancelReason());
        }
        panel.add(fields, new H4(getTranslation("demonstration.field.tasks")));
        UnorderedList tasks = new UnorderedList();
        detail.tasks().forEach(t -> tasks.add(new ListItem(t.name())));
        if (!detail.tasks().isEmpty()) {
            panel.add(tasks);
        }
        if (p.workDescription() != null) {
            Paragraph work = new Paragraph(p.workDescription());
            work.addClassName("preserve-lines");
            panel.add(work);
        }
        if (detail.unitDemonstrationText() != null && !detail.unitDemonstrationText().in(getLocale()).isBlank()) {
            VerticalLayout text = new VerticalLayout();
            text.setPadding(false);
            for (String part : detail.unitDemonstrationText().in(getLocale()).split("(?i)</p>|<br\\s*/?>|</li>")) {
                String plain = fi.taitoura.catalogue.CatalogueHtml.plainText(part);
                if (plain != null) {
                    text.add(new Paragraph(plain));
                }
            }
            com.vaadin.flow.component.details.Details about = new com.vaadin.flow.component.details.Details(
                    getTranslation("demonstration.unitDemonstration"), text);
            about.setWidthFull();
            panel.add(about);
        }
        if (detail.canEditPlan()) {
            Button edit = new Button(getTranslation("demonstration.plan.edit"), VaadinIcon.EDIT.create(),
                    e -> PlanDialog.edit(service, translations, s.periodId(), id, s.version(), p,
                            s.unitCode() + " " + s.unitName().in(getLocale()), d -> reload("plan")).open());
            edit.setId("edit-plan");
            Button cancel = new Button(getTranslation("demonstration.cancel"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> cancelDialog());
            cancel.addThemeVariants(ButtonVariant.ERROR);
            cancel.setId("cancel-demonstration");
            panel.add(new HorizontalLayout(edit, cancel));
        }
        return panel;
    }

    private void field(Div box, String key, String value) {
        Div row = new Div();
        row.addClassName("demonstration-field");
        Span label = new Span(getTranslation(key));
        label.addClassName("demonstration-field-label");
        Span text = new Span(value == null || value.isBlank() ? "–" : value);
        row.add(label, text);
        box.add(row);
    }

    private void cancelDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("demonstration.cancel"));
        TextArea reason = new TextArea(getTranslation("demonstration.field.cancelReason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setId("cancel-reason");
        dialog.add(reason);
        Button confirm = new Button(getTranslation("demonstration.cancel"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("demonstration.error.cancelReason"));
                return;
            }
            Notifications.save(this, () -> {
                service.cancel(id, detail.summary().version(), reason.getValue());
                dialog.close();
                reload("plan");
            });
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.setId("confirm-cancel");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()), confirm);
        dialog.open();
    }

    // ------------------------------------------------------------------ evidence

    private Component evidencePanel() {
        Evidence evidence = service.evidence(id);
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.addClassName("demonstration-evidence");
        panel.add(new Paragraph(getTranslation("demonstration.evidence.summary", evidence.requirements().size(),
                evidence.requirements().stream().filter(r -> !r.observations().isEmpty()).count(),
                evidence.shownIndependently())));
        for (RequirementEvidence r : evidence.requirements()) {
            Div box = new Div();
            box.addClassName("evidence-requirement");
            H4 text = new H4(r.text().in(getLocale()));
            Span area = new Span(r.area() == null ? "" : r.area().in(getLocale()));
            area.addClassName("evidence-area");
            Span level = new Span(r.highest() == null ? getTranslation("demonstration.evidence.notShown")
                    : translations.enumLabel(r.highest(), getLocale()));
            level.addClassName(r.highest() == IndependenceLevel.INDEPENDENT ? "badge-ok" : "badge-neutral");
            box.add(text, area, level);
            if (!r.observations().isEmpty()) {
                Span range = new Span(getTranslation("demonstration.evidence.range", Formats.date(r.first()),
                        Formats.date(r.last()), r.observations().size()));
                range.addClassName("evidence-range");
                box.add(range);
                Grid<ObservationEvidence> grid = new Grid<>();
                grid.addColumn(o -> Formats.date(o.day())).setHeader(getTranslation("demonstration.evidence.day"))
                        .setAutoWidth(true).setFlexGrow(0);
                grid.addColumn(o -> o.task() == null ? "" : o.task())
                        .setHeader(getTranslation("demonstration.evidence.task")).setFlexGrow(2);
                grid.addColumn(o -> translations.enumLabel(o.level(), getLocale()))
                        .setHeader(getTranslation("demonstration.evidence.level")).setAutoWidth(true);
                grid.addColumn(o -> o.note() == null ? "" : o.note())
                        .setHeader(getTranslation("demonstration.evidence.note")).setFlexGrow(3);
                grid.setItems(r.observations());
                grid.setAllRowsVisible(true);
                grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
                grid.setAriaLabel(r.text().in(getLocale()));
                box.add(grid);
            }
            panel.add(box);
        }
        panel.add(new H3(getTranslation("demonstration.evidence.diary")));
        if (evidence.diary().isEmpty()) {
            panel.add(new Paragraph(getTranslation("demonstration.evidence.noDiary")));
        }
        evidence.diary().forEach(e -> {
            Div entry = new Div();
            entry.addClassName("evidence-diary");
            Span date = new Span(Formats.date(e.date()) + (e.tasks().isEmpty() ? "" : " · " + String.join(", ",
                    e.tasks())));
            date.addClassName("evidence-diary-date");
            Paragraph text = new Paragraph(e.text());
            text.addClassName("preserve-lines");
            entry.add(date, text);
            panel.add(entry);
        });
        panel.add(new H3(getTranslation("demonstration.evidence.cards")));
        if (evidence.cards().isEmpty()) {
            panel.add(new Paragraph(getTranslation("demonstration.evidence.noCards")));
        } else {
            UnorderedList cards = new UnorderedList();
            evidence.cards().forEach(c -> cards.add(new ListItem(c.name() + " · " + Formats.date(c.issuedOn())
                    + (c.expiresOn() == null ? "" : " – " + Formats.date(c.expiresOn())))));
            panel.add(cards);
        }
        return panel;
    }

    // ------------------------------------------------------------------ documents

    private Component documentsPanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("demonstration.documents.language"));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("demonstration.documents.language." + l.getLanguage()));
        language.setValue(TranslationProvider.supported(getLocale()));
        language.setId("document-language");
        HorizontalLayout links = new HorizontalLayout();
        links.setWrap(true);
        Runnable refresh = () -> {
            links.removeAll();
            Locale locale = language.getValue();
            links.add(download("plan-pdf", "demonstration.documents.plan", "nayttosuunnitelma-" + id + "-"
                    + locale.getLanguage() + ".pdf", "application/pdf", () -> documents.planPdf(id, locale)));
            if (detail.current() != null) {
                links.add(download("assessment-pdf", "demonstration.documents.assessment", "arviointilomake-" + id
                        + "-" + locale.getLanguage() + ".pdf", "application/pdf",
                        () -> documents.assessmentPdf(id, locale)));
            }
            links.add(download("export-ehoks", "demonstration.documents.exportEhoks", "ehoks-naytto-" + id + ".json",
                    "application/json", () -> documents.exportEhoks(id).getBytes(StandardCharsets.UTF_8)));
            if (detail.current() != null) {
                links.add(download("export-koski", "demonstration.documents.exportKoski",
                        "koski-nayton-arviointi-" + id + ".json", "application/json",
                        () -> documents.exportKoski(id).getBytes(StandardCharsets.UTF_8)));
            }
            links.add(download("export-json", "demonstration.documents.export", "naytto-" + id + ".json",
                    "application/json", () -> documents.exportJson(id).getBytes(StandardCharsets.UTF_8)));
        };
        language.addValueChangeListener(e -> refresh.run());
        refresh.run();
        panel.add(language, links, new Paragraph(getTranslation("demonstration.documents.exportHelp")));
        if (detail.current() == null) {
            panel.add(new Paragraph(getTranslation("demonstration.documents.assessmentLater")));
        }
        return panel;
    }

    private Anchor download(String elementId, String labelKey, String fileName, String type,
                            java.util.function.Supplier<byte[]> content) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
        a.getElement().setAttribute("download", true);
        Button button = new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        a.add(button);
        a.setId(elementId);
        return a;
    }

    static String signedDate(AssessmentView a) {
        return a.signedAt() == null ? "" : Formats.date(a.signedAt().atZone(Time.zone())
                .toLocalDate());
    }

    static String joined(java.util.Collection<? extends Enum<?>> values, TranslationProvider translations,
                         Locale locale) {
        return values.stream().map(v -> translations.enumLabel(v, locale)).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demonstration.title");
    }
}
