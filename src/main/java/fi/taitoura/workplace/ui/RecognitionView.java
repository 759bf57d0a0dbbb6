package fi.taitoura.workplace.ui;

import fi.taitoura.base.time.Time;
import fi.taitoura.catalogue.CatalogueTree;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.catalogue.CatalogueReader.UnitRow;
import fi.taitoura.user.UserService.RoleHolder;
import fi.taitoura.workplace.RecognitionContent;
import fi.taitoura.catalogue.CatalogueTree.CriterionNode;
import fi.taitoura.catalogue.CatalogueTree.QualificationNode;
import fi.taitoura.catalogue.CatalogueTree.QualificationRef;
import fi.taitoura.catalogue.CatalogueTree.RequirementNode;
import fi.taitoura.catalogue.CatalogueTree.UnitNode;
import fi.taitoura.workplace.EnvironmentRecognition;
import fi.taitoura.workplace.EnvironmentReportService;
import fi.taitoura.workplace.ItemDecision;
import fi.taitoura.workplace.ItemRef;
import fi.taitoura.workplace.RecognitionDetails;
import fi.taitoura.workplace.RecognitionDraft;
import fi.taitoura.workplace.RecognitionEvent;
import fi.taitoura.workplace.RecognitionItem;
import fi.taitoura.workplace.RecognitionItemKind;
import fi.taitoura.workplace.RecognitionService;
import fi.taitoura.workplace.RecognitionState;
import fi.taitoura.workplace.ReviewStatus;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import fi.taitoura.workplace.ui.RecognitionNode.Kind;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A work unit's environment recognition: the editor ticks units, requirements and T1 criteria in a tree with search
 * and counts; the named reviewer accepts or rejects items and approves or returns the version; anyone who may see
 * the unit reads the versions and their history, and downloads the report of an approved version.
 */
@Route("work-units/:id/recognition")
@PermitAll
class RecognitionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(Time.zone());

    private final WorkplaceService workplaces;
    private final RecognitionService service;
    private final EnvironmentReportService reports;
    private final TranslationProvider translations;

    private WorkUnit unit;
    private RecognitionDetails details;
    private long loadedVersion;

    // editor state: what is ticked, with the practice text
    private final Map<ItemRef, String> selection = new LinkedHashMap<>();
    private final Map<RecognitionNode, RecognitionNode> parents = new HashMap<>();
    private final Map<Long, ItemDecision> decisions = new LinkedHashMap<>();
    private final Map<Long, List<TextField>> commentFields = new HashMap<>();
    private TreeGrid<RecognitionNode> tree;
    private TreeData<RecognitionNode> treeData;
    private TreeDataProvider<RecognitionNode> provider;
    private final Span counts = new Span();
    private TextField filter;
    private Checkbox onlySelected;
    private TextArea workDescription;
    private ComboBox<RoleHolder> reviewer;
    private MultiSelectComboBox<QualificationRef> qualifications;

    RecognitionView(WorkplaceService workplaces, RecognitionService service, EnvironmentReportService reports,
                    TranslationProvider translations) {
        this.workplaces = workplaces;
        this.service = service;
        this.reports = reports;
        this.translations = translations;
        addClassName("recognition-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        unit = id == null ? null : workplaces.findVisibleWorkUnit(id).orElse(null);
        if (unit == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Long versionId = event.getLocation().getQueryParameters().getSingleParameter("version")
                .map(Long::valueOf).orElse(null);
        show(versionId);
    }

    /** Shows the given version, or the open one, or the one in force. */
    private void show(Long versionId) {
        removeAll();
        selection.clear();
        decisions.clear();
        commentFields.clear();
        parents.clear();
        add(new WorkUnitTabs(unit, WorkUnitTabs.Page.RECOGNITION));
        List<EnvironmentRecognition> versions = service.findVersions(unit.getId());
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("recognition.none")));
            Paragraph intro = new Paragraph(getTranslation("recognition.intro"));
            intro.addClassName("help-text");
            add(intro);
            if (service.canEdit(unit.getId())) {
                Button start = new Button(getTranslation("recognition.start"), VaadinIcon.PLUS.create(),
                        e -> act(() -> show(service.start(unit.getId()).getId())));
                start.addThemeVariants(ButtonVariant.PRIMARY);
                start.setId("start-recognition");
                add(start);
            }
            return;
        }
        EnvironmentRecognition chosen = versions.stream().filter(v -> v.getId().equals(versionId)).findFirst()
                .orElseGet(() -> versions.stream().filter(v -> v.getState() != RecognitionState.APPROVED).findFirst()
                        .orElse(versions.getFirst()));
        details = service.load(chosen.getId());
        loadedVersion = details.recognition().getVersion();
        EnvironmentRecognition r = details.recognition();

        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("recognition-bar");
        bar.setWrap(true);
        if (versions.size() > 1) {
            Select<EnvironmentRecognition> versionSelect = new Select<>();
            versionSelect.setLabel(getTranslation("recognition.field.version"));
            versionSelect.setItems(versions);
            versionSelect.setItemLabelGenerator(v -> getTranslation("recognition.versionLabel", v.getRevision()) + " – "
                    + stateLabel(v));
            versionSelect.setValue(versions.stream().filter(v -> v.getId().equals(r.getId())).findFirst().orElse(null));
            versionSelect.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    show(e.getValue().getId());
                }
            });
            versionSelect.setId("recognition-version");
            bar.add(versionSelect);
        }
        Span state = new Span(getTranslation("recognition.versionLabel", r.getRevision()) + ": " + stateLabel(r));
        state.getElement().getThemeList().add("badge");
        state.addClassNames("recognition-state", "state-" + r.getState().name().toLowerCase(Locale.ROOT));
        state.setId("recognition-state");
        bar.add(state);
        if (r.getState() == RecognitionState.APPROVED) {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = reports.environmentReport(r.getId(), getLocale());
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        "ymparistoraportti-" + unit.getId() + "-v" + r.getRevision() + ".pdf", "application/pdf",
                        bytes.length);
            }), "");
            pdf.getElement().setAttribute("download", true);
            Button pdfButton = new Button(getTranslation("recognition.report.download"), VaadinIcon.FILE_TEXT_O.create());
            pdfButton.setTabIndex(-1);
            pdf.add(pdfButton);
            pdf.setId("recognition-pdf");
            bar.add(pdf);
        }
        if (details.revisable()) {
            Button revise = new Button(getTranslation("recognition.revise"), VaadinIcon.COPY_O.create(),
                    e -> act(() -> show(service.revise(r.getId()).getId())));
            revise.setId("revise-recognition");
            bar.add(revise);
        }
        add(bar);
        add(meta(r));

        if (r.getDecisionComment() != null) {
            Div comment = new Div(new Span(getTranslation(r.getState() == RecognitionState.RETURNED
                    ? "recognition.returnedBecause" : "recognition.field.decisionComment") + ": "),
                    new Span(r.getDecisionComment()));
            comment.addClassName(r.getState() == RecognitionState.RETURNED ? "callout-warning" : "callout");
            comment.setId("decision-comment");
            add(comment);
        }
        if (details.editable()) {
            buildEditor(r);
        } else {
            buildReadOrReview(r);
        }
        add(history(details.events()));
    }

    private Component meta(EnvironmentRecognition r) {
        List<String> parts = new ArrayList<>();
        if (r.getCreatedById() != null) {
            parts.add(getTranslation("recognition.meta.created", details.name(r.getCreatedById()),
                    TIME.format(r.getCreatedAt())));
        }
        if (r.getReviewerId() != null) {
            parts.add(getTranslation("recognition.field.reviewer") + ": " + details.name(r.getReviewerId()));
        }
        if (r.getSubmittedAt() != null) {
            parts.add(getTranslation("recognition.meta.submitted", TIME.format(r.getSubmittedAt())));
        }
        if (r.getApprovedOn() != null) {
            parts.add(getTranslation("recognition.field.approvedOn") + ": " + DATE.format(r.getApprovedOn()));
            parts.add(getTranslation("recognition.field.nextReviewOn") + ": " + DATE.format(r.getNextReviewOn()));
        }
        if (r.getSupersededAt() != null) {
            parts.add(getTranslation("recognition.superseded") + " " + TIME.format(r.getSupersededAt()));
        }
        Paragraph p = new Paragraph(String.join(" · ", parts));
        p.addClassName("recognition-meta");
        return p;
    }

    // ------------------------------------------------------------------ editor

    private void buildEditor(EnvironmentRecognition r) {
        r.getItems().forEach(i -> selection.put(i.ref(), i.getPractice()));

        workDescription = new TextArea(getTranslation("recognition.field.workDescription"));
        workDescription.setHelperText(getTranslation("recognition.field.workDescriptionHelp"));
        workDescription.setValue(r.getWorkDescription() == null ? "" : r.getWorkDescription());
        workDescription.setMaxLength(10_000);
        workDescription.setWidthFull();
        workDescription.setId("work-description");

        reviewer = new ComboBox<>(getTranslation("recognition.field.reviewer"));
        List<RoleHolder> reviewers = service.findPossibleReviewers();
        reviewer.setItems(reviewers);
        reviewer.setItemLabelGenerator(u -> u.fullName() + " (" + u.roles().stream()
                .map(x -> translations.enumLabel(x, getLocale())).sorted().collect(Collectors.joining(", ")) + ")");
        reviewer.setHelperText(getTranslation("recognition.field.reviewerHelp"));
        reviewer.setValue(reviewers.stream().filter(u -> u.id().equals(r.getReviewerId())).findFirst().orElse(null));
        reviewer.setClearButtonVisible(true);
        reviewer.setId("reviewer");

        qualifications = new MultiSelectComboBox<>(getTranslation("recognition.field.qualifications"));
        List<QualificationRef> allQuals = service.findQualifications();
        qualifications.setItems(allQuals);
        qualifications.setItemLabelGenerator(q -> q.name().in(getLocale()) + " (" + q.diaryNumber() + ")");
        Set<Long> chosenIds = r.getQualificationIds();
        qualifications.setValue(allQuals.stream().filter(q -> chosenIds.contains(q.id())).collect(Collectors.toSet()));
        qualifications.setId("qualifications");
        qualifications.addValueChangeListener(e -> rebuildTree());

        FormLayout form = new FormLayout(qualifications, reviewer, workDescription);
        form.setColspan(workDescription, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form);

        filter = new TextField();
        filter.setPlaceholder(getTranslation("recognition.filter"));
        filter.setAriaLabel(getTranslation("recognition.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> applyFilter());
        filter.setId("recognition-filter");
        onlySelected = new Checkbox(getTranslation("recognition.onlySelected"));
        onlySelected.addValueChangeListener(e -> applyFilter());
        counts.setId("recognition-counts");
        counts.addClassName("recognition-counts");
        HorizontalLayout tools = new HorizontalLayout(filter, onlySelected, counts);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        tools.setWidthFull();
        filter.setWidth("min(24rem, 100%)");
        add(tools);

        tree = new TreeGrid<>();
        tree.setId("recognition-tree");
        tree.addClassName("recognition-tree");
        tree.addComponentColumn(this::checkCell).setKey("included").setHeader(getTranslation("recognition.col.included"))
                .setWidth("5.5rem").setFlexGrow(0);
        tree.addHierarchyColumn(this::label).setHeader(getTranslation("recognition.col.item")).setFlexGrow(3)
                .setResizable(true);
        tree.addComponentColumn(this::practiceCell).setKey("practice").setHeader(getTranslation("recognition.field.practice"))
                .setFlexGrow(2);
        tree.setHeight("32rem");
        tree.setAriaLabel(getTranslation("recognition.col.item"));
        add(tree);
        rebuildTree();

        Button save = new Button(getTranslation("common.save"), e -> save(false));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-recognition");
        Button submit = new Button(getTranslation("recognition.submit"), VaadinIcon.PAPERPLANE.create(),
                e -> save(true));
        submit.setId("submit-recognition");
        HorizontalLayout actions = new HorizontalLayout(save, submit);
        actions.addClassName("sticky-actions");
        add(actions);
    }

    private void rebuildTree() {
        Set<Long> qualIds = qualifications.getValue().stream().map(QualificationRef::id).collect(Collectors.toSet());
        List<QualificationNode> catalogue = service.catalogueTree(qualIds);
        treeData = new TreeData<>();
        parents.clear();
        for (QualificationNode q : catalogue) {
            RecognitionNode qn = new RecognitionNode(Kind.QUALIFICATION, q.id(),
                    q.name().in(getLocale()) + " (" + q.diaryNumber() + ")", null);
            treeData.addItem(null, qn);
            q.units().forEach(u -> addUnit(qn, u));
        }
        provider = new TreeDataProvider<>(treeData);
        tree.setDataProvider(provider);
        tree.expand(treeData.getRootItems());
        applyFilter();
        updateCounts();
    }

    private void addUnit(RecognitionNode parent, UnitNode u) {
        String credits = u.credits() == null ? "" : ", " + u.credits().stripTrailingZeros().toPlainString() + " osp";
        RecognitionNode un = new RecognitionNode(Kind.UNIT, u.id(), u.code() + " " + u.name().in(getLocale()) + credits,
                ItemRef.unit(u.id()));
        un.requirementTotal = u.requirementCount();
        add(parent, un);
        u.subAreas().forEach(s -> addUnit(un, s));
        for (RequirementNode req : u.requirements()) {
            String area = req.areaName() == null || req.areaName().in(getLocale()).isBlank() ? ""
                    : req.areaName().in(getLocale()) + ": ";
            add(un, new RecognitionNode(Kind.REQUIREMENT, req.id(), area + req.text().in(getLocale()),
                    ItemRef.requirement(req.id())));
        }
        if (!u.criteria().isEmpty()) {
            RecognitionNode group = new RecognitionNode(Kind.CRITERIA, u.id(),
                    getTranslation("recognition.criteriaGroup", u.criteria().size()), null);
            add(un, group);
            for (CriterionNode c : u.criteria()) {
                add(group, new RecognitionNode(Kind.CRITERION, c.id(), c.targetName().in(getLocale()) + ": "
                        + c.text().in(getLocale()), ItemRef.criterion(c.id())));
            }
        }
    }

    private void add(RecognitionNode parent, RecognitionNode child) {
        treeData.addItem(parent, child);
        parents.put(child, parent);
    }

    private String label(RecognitionNode n) {
        if (n.kind == Kind.UNIT) {
            long selected = countSelected(n, Kind.REQUIREMENT);
            return n.label + "  (" + getTranslation("recognition.unitCount", selected, n.requirementTotal) + ")";
        }
        return n.label;
    }

    private long countSelected(RecognitionNode n, Kind kind) {
        long count = 0;
        for (RecognitionNode c : treeData.getChildren(n)) {
            if (c.kind == kind && selection.containsKey(c.ref)) {
                count++;
            }
            count += countSelected(c, kind);
        }
        return count;
    }

    private Component checkCell(RecognitionNode n) {
        if (n.ref == null) {
            return new Span();
        }
        Checkbox box = new Checkbox(selection.containsKey(n.ref));
        box.setAriaLabel(getTranslation("recognition.col.included") + ": " + n.label);
        box.addClassName("node-check");
        box.addValueChangeListener(e -> toggle(n, e.getValue()));
        return box;
    }

    /** Ticks or unticks a row; ticking ticks its units, unticking a unit unticks everything under it. */
    void toggle(RecognitionNode n, boolean on) {
        if (on) {
            selection.putIfAbsent(n.ref, null);
            for (RecognitionNode p = parents.get(n); p != null; p = parents.get(p)) {
                if (p.kind == Kind.UNIT) {
                    selection.putIfAbsent(p.ref, null);
                }
            }
        } else {
            selection.remove(n.ref);
            if (n.kind == Kind.UNIT) {
                removeBelow(n);
            }
        }
        provider.refreshAll();
        updateCounts();
    }

    private void removeBelow(RecognitionNode n) {
        for (RecognitionNode c : treeData.getChildren(n)) {
            if (c.ref != null) {
                selection.remove(c.ref);
            }
            removeBelow(c);
        }
    }

    private Component practiceCell(RecognitionNode n) {
        if (n.ref == null || n.kind == Kind.CRITERION || !selection.containsKey(n.ref)) {
            return new Span();
        }
        TextField practice = new TextField();
        practice.setWidthFull();
        practice.setPlaceholder(getTranslation(n.kind == Kind.UNIT ? "recognition.practiceUnitPlaceholder"
                : "recognition.practicePlaceholder"));
        practice.setAriaLabel(getTranslation("recognition.field.practice") + ": " + n.label);
        practice.setMaxLength(2000);
        String value = selection.get(n.ref);
        practice.setValue(value == null ? "" : value);
        practice.addValueChangeListener(e -> selection.put(n.ref, e.getValue()));
        return practice;
    }

    private void applyFilter() {
        if (provider == null) {
            return;
        }
        String text = filter.getValue() == null ? "" : filter.getValue().trim().toLowerCase();
        boolean selectedOnly = onlySelected.getValue();
        if (text.isEmpty() && !selectedOnly) {
            provider.clearFilters();
            return;
        }
        Set<RecognitionNode> visible = new HashSet<>();
        for (RecognitionNode root : treeData.getRootItems()) {
            collectVisible(root, text, selectedOnly, false, visible);
        }
        provider.setFilter(visible::contains);
        tree.expandRecursively(treeData.getRootItems(), 4);
    }

    /** Adds the nodes to show: matches, their ancestors, and everything under a matching unit. */
    private boolean collectVisible(RecognitionNode n, String text, boolean selectedOnly, boolean underMatch,
                                   Set<RecognitionNode> visible) {
        boolean selectedOk = !selectedOnly || n.ref == null || selection.containsKey(n.ref);
        boolean textOk = text.isEmpty() || underMatch || n.searchText.contains(text);
        boolean self = selectedOk && textOk && n.kind != Kind.QUALIFICATION && n.kind != Kind.CRITERIA;
        boolean any = self;
        for (RecognitionNode c : treeData.getChildren(n)) {
            any |= collectVisible(c, text, selectedOnly, underMatch || self && n.kind == Kind.UNIT && !text.isEmpty(),
                    visible);
        }
        if (any) {
            visible.add(n);
        }
        return any;
    }

    private void updateCounts() {
        Map<RecognitionItemKind, Long> c = selection.keySet().stream()
                .collect(Collectors.groupingBy(ItemRef::kind, Collectors.counting()));
        counts.setText(getTranslation("recognition.counts", c.getOrDefault(RecognitionItemKind.UNIT, 0L),
                c.getOrDefault(RecognitionItemKind.REQUIREMENT, 0L), c.getOrDefault(RecognitionItemKind.CRITERION, 0L)));
    }

    private void save(boolean thenSubmit) {
        EnvironmentRecognition r = details.recognition();
        Set<Long> qualIds = qualifications.getValue().stream().map(QualificationRef::id).collect(Collectors.toSet());
        // keep only items still present in the chosen qualifications' tree
        Set<ItemRef> present = new HashSet<>();
        if (treeData != null) {
            collectRefs(treeData.getRootItems(), present);
        }
        Map<ItemRef, String> items = new LinkedHashMap<>();
        selection.forEach((ref, practice) -> {
            if (present.contains(ref)) {
                items.put(ref, practice);
            }
        });
        RecognitionDraft draft = new RecognitionDraft(r.getId(), loadedVersion, workDescription.getValue(),
                reviewer.getValue() == null ? null : reviewer.getValue().id(), qualIds, items);
        // a failed submit after a successful save keeps the form; the saved version's state shows next time
        Notifications.save(this, () -> {
            EnvironmentRecognition saved = service.save(draft);
            loadedVersion = saved.getVersion();
            if (thenSubmit) {
                service.submit(saved.getId(), saved.getVersion());
                Notifications.success(getTranslation("recognition.submitted"));
                show(saved.getId());
            } else {
                Notifications.success(getTranslation("common.saved"));
            }
        });
    }

    private void collectRefs(List<RecognitionNode> nodes, Set<ItemRef> into) {
        for (RecognitionNode n : nodes) {
            if (n.ref != null) {
                into.add(n.ref);
            }
            collectRefs(treeData.getChildren(n), into);
        }
    }

    // ------------------------------------------------------------------ review and read-only

    private void buildReadOrReview(EnvironmentRecognition r) {
        boolean reviewing = details.reviewable();
        if (r.getWorkDescription() != null) {
            Div description = new Div(new Span(getTranslation("recognition.field.workDescription") + ": "),
                    new Span(r.getWorkDescription()));
            description.addClassName("recognition-description");
            add(description);
        }
        Paragraph quals = new Paragraph(getTranslation("recognition.field.qualifications") + ": "
                + details.content().qualificationsOf(r).stream()
                .map(q -> q.name().in(getLocale()) + " (" + q.diaryNumber() + ")")
                .sorted().collect(Collectors.joining("; ")));
        add(quals);
        if (reviewing) {
            Paragraph help = new Paragraph(getTranslation("recognition.reviewHelp"));
            help.addClassName("help-text");
            add(help);
        }

        treeData = new TreeData<>();
        parents.clear();
        Map<Long, String> qualNames = new HashMap<>();
        RecognitionContent content = details.content();
        content.qualificationsOf(r).forEach(q -> qualNames.put(q.id(),
                q.name().in(getLocale()) + " (" + q.diaryNumber() + ")"));
        Map<Long, RecognitionNode> qualNodes = new LinkedHashMap<>();
        Map<Long, RecognitionNode> unitNodes = new LinkedHashMap<>();
        Map<Long, RecognitionItem> itemsById = new HashMap<>();
        List<RecognitionItem> items = new ArrayList<>(r.getItems());
        items.sort(Comparator.comparing((RecognitionItem i) -> content.unit(i).sortOrder())
                .thenComparing(i -> content.unit(i).code()).thenComparing(i -> i.getKind().ordinal())
                .thenComparing(i -> i.getKind() == RecognitionItemKind.REQUIREMENT ? content.requirement(i).sortOrder()
                        : i.getKind() == RecognitionItemKind.CRITERION ? content.criterion(i).sortOrder() : 0));
        for (RecognitionItem i : items) {
            itemsById.put(i.getId(), i);
            UnitRow unit = content.unit(i);
            Long qid = unit.qualificationId();
            RecognitionNode qn = qualNodes.computeIfAbsent(qid, k -> {
                RecognitionNode n = new RecognitionNode(Kind.QUALIFICATION, k, qualNames.getOrDefault(k, ""), null);
                treeData.addItem(null, n);
                return n;
            });
            RecognitionNode un = unitNodes.computeIfAbsent(unit.id(), k -> {
                RecognitionNode n = new RecognitionNode(Kind.UNIT, k, unit.code() + " "
                        + unit.name().in(getLocale()), ItemRef.unit(k));
                add(qn, n);
                return n;
            });
            if (i.getKind() == RecognitionItemKind.UNIT) {
                un.itemId = i.getId();
                continue;
            }
            String text = i.getKind() == RecognitionItemKind.REQUIREMENT ? content.requirement(i).text().in(getLocale())
                    : "T1: " + content.criterion(i).text().in(getLocale());
            RecognitionNode n = new RecognitionNode(i.getKind() == RecognitionItemKind.REQUIREMENT ? Kind.REQUIREMENT
                    : Kind.CRITERION, i.getTargetId(), text, i.ref());
            n.itemId = i.getId();
            add(un, n);
        }
        tree = new TreeGrid<>();
        tree.setId("recognition-tree");
        tree.addClassName("recognition-tree");
        // on a phone the practice and the comment go under the item's text (their columns cut the headers, even
        // "Bedömarens kommentar", to a few letters): the item and its decision share the screen (ADR 0042)
        tree.addComponentHierarchyColumn(n -> itemCell(n, itemsById, reviewing)).setKey("item")
                .setHeader(getTranslation("recognition.col.item")).setFlexGrow(3).setResizable(true);
        Grid.Column<RecognitionNode> practice = tree.addColumn(n -> n.itemId == null ? ""
                        : nullToEmpty(itemsById.get(n.itemId).getPractice()))
                .setHeader(getTranslation("recognition.field.practice")).setFlexGrow(2);
        Grid.Column<RecognitionNode> comment;
        if (reviewing) {
            tree.addComponentColumn(n -> decisionCell(n, itemsById)).setKey("decision").setHeader(getTranslation("recognition.col.decision"))
                    .setWidth("9.5rem").setFlexGrow(0);
            comment = tree.addComponentColumn(n -> commentCell(n, itemsById)).setKey("comment")
                    .setHeader(getTranslation("recognition.col.comment")).setFlexGrow(2);
        } else {
            tree.addComponentColumn(n -> statusBadge(n, itemsById)).setHeader(getTranslation("recognition.col.decision"))
                    .setAutoWidth(true).setFlexGrow(0);
            comment = tree.addColumn(n -> n.itemId == null ? "" : nullToEmpty(itemsById.get(n.itemId).getReviewComment()))
                    .setHeader(getTranslation("recognition.col.comment")).setFlexGrow(2);
        }
        PhoneColumns.hide(tree, practice, comment);
        // a requirement is a sentence: it wraps (a tablet beside the menu cut it to a few words), and so do headers
        tree.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        tree.setDataProvider(provider = new TreeDataProvider<>(treeData));
        tree.expandRecursively(treeData.getRootItems(), 3);
        if (items.size() <= 20) {
            tree.setAllRowsVisible(true);
        } else {
            tree.setHeight("32rem");
        }
        add(tree);

        if (reviewing) {
            Button saveReview = new Button(getTranslation("recognition.saveReview"),
                    e -> act(() -> {
                        EnvironmentRecognition saved = service.reviewItems(r.getId(), loadedVersion, Map.copyOf(decisions));
                        loadedVersion = saved.getVersion();
                        Notifications.success(getTranslation("common.saved"));
                    }));
            saveReview.setId("save-review");
            Button approve = new Button(getTranslation("recognition.approve"), VaadinIcon.CHECK.create(),
                    e -> approveDialog(r));
            approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            approve.setId("approve-recognition");
            Button giveBack = new Button(getTranslation("recognition.return"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> returnDialog(r));
            giveBack.setId("return-recognition");
            HorizontalLayout actions = new HorizontalLayout(approve, giveBack, saveReview);
            actions.addClassName("sticky-actions");
            add(actions);
        }
    }

    /**
     * The item's text; under it, shown on a phone only (taitoura.css), how it is practised and the reviewer's
     * comment (a field while reviewing), whose own columns a phone hides.
     */
    private Component itemCell(RecognitionNode n, Map<Long, RecognitionItem> itemsById, boolean reviewing) {
        Div cell = new Div(new Span(n.label));
        cell.addClassName("recognition-item");
        if (n.itemId == null) {
            return cell;
        }
        RecognitionItem item = itemsById.get(n.itemId);
        Div phone = new Div();
        phone.addClassName("recognition-phone-only");
        if (item.getPractice() != null && !item.getPractice().isBlank()) {
            phone.add(new Div(new Span(getTranslation("recognition.field.practice") + ": "),
                    new Span(item.getPractice())));
        }
        if (reviewing) {
            phone.add(commentCell(n, itemsById));
        } else if (item.getReviewComment() != null && !item.getReviewComment().isBlank()) {
            phone.add(new Div(new Span(getTranslation("recognition.col.comment") + ": "),
                    new Span(item.getReviewComment())));
        }
        if (phone.getComponentCount() > 0) {
            cell.add(phone);
        }
        return cell;
    }

    private Component decisionCell(RecognitionNode n, Map<Long, RecognitionItem> itemsById) {
        if (n.itemId == null) {
            return new Span();
        }
        RecognitionItem item = itemsById.get(n.itemId);
        Select<ReviewStatus> status = new Select<>();
        status.setItems(ReviewStatus.values());
        status.setItemLabelGenerator(s -> translations.enumLabel(s, getLocale()));
        ItemDecision d = decisions.get(n.itemId);
        status.setValue(d != null ? d.status() : item.getReviewStatus());
        status.setAriaLabel(getTranslation("recognition.col.decision") + ": " + n.label);
        status.setWidthFull();
        status.addValueChangeListener(e -> {
            ItemDecision old = decisions.get(n.itemId);
            decisions.put(n.itemId, new ItemDecision(e.getValue(), old != null ? old.comment() : item.getReviewComment()));
        });
        return status;
    }

    private Component commentCell(RecognitionNode n, Map<Long, RecognitionItem> itemsById) {
        if (n.itemId == null) {
            return new Span();
        }
        RecognitionItem item = itemsById.get(n.itemId);
        TextField comment = new TextField();
        comment.setWidthFull();
        comment.setMaxLength(2000);
        ItemDecision d = decisions.get(n.itemId);
        comment.setValue(nullToEmpty(d != null ? d.comment() : item.getReviewComment()));
        comment.setAriaLabel(getTranslation("recognition.col.comment") + ": " + n.label);
        // the same comment has a field in its column and one under the item's text (a phone): they keep in step
        List<TextField> same = commentFields.computeIfAbsent(n.itemId, k -> new ArrayList<>());
        same.add(comment);
        comment.addValueChangeListener(e -> {
            ItemDecision old = decisions.get(n.itemId);
            decisions.put(n.itemId, new ItemDecision(old != null ? old.status() : item.getReviewStatus(), e.getValue()));
            same.stream().filter(f -> f != comment).forEach(f -> f.setValue(e.getValue()));
        });
        return comment;
    }

    private Component statusBadge(RecognitionNode n, Map<Long, RecognitionItem> itemsById) {
        if (n.itemId == null) {
            return new Span();
        }
        ReviewStatus s = itemsById.get(n.itemId).getReviewStatus();
        Span badge = new Span(translations.enumLabel(s, getLocale()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("review-" + s.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private void approveDialog(EnvironmentRecognition r) {
        Dialog dialog = new Dialog(getTranslation("recognition.approve"));
        dialog.setWidth("min(30rem, 100vw)");
        DatePicker next = new DatePicker(getTranslation("recognition.field.nextReviewOn"));
        next.setValue(Time.today().plusYears(RecognitionService.DEFAULT_REVIEW_INTERVAL_YEARS));
        next.setMin(Time.today().plusDays(1));
        fi.taitoura.base.ui.Formats.localize(next, getLocale()); // month names, today, errors in the user's language
        next.setId("next-review");
        TextArea comment = new TextArea(getTranslation("recognition.field.decisionComment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        dialog.add(new Paragraph(getTranslation("recognition.approveHelp")), new FormLayout(next, comment));
        Button confirm = new Button(getTranslation("recognition.approve"), e -> act(() -> {
            service.approve(r.getId(), loadedVersion, Map.copyOf(decisions), next.getValue(), comment.getValue());
            dialog.close();
            Notifications.success(getTranslation("recognition.approved"));
            show(r.getId());
        }));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("confirm-approve");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void returnDialog(EnvironmentRecognition r) {
        Dialog dialog = new Dialog(getTranslation("recognition.return"));
        dialog.setWidth("min(30rem, 100vw)");
        TextArea comment = new TextArea(getTranslation("recognition.returnReason"));
        comment.setRequiredIndicatorVisible(true);
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setId("return-reason");
        dialog.add(comment);
        Button confirm = new Button(getTranslation("recognition.return"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            act(() -> {
                service.returnForChanges(r.getId(), loadedVersion, Map.copyOf(decisions), comment.getValue());
                dialog.close();
                Notifications.success(getTranslation("recognition.returned"));
                show(r.getId());
            });
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("confirm-return");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private Component history(List<RecognitionEvent> events) {
        Grid<RecognitionEvent> grid = new Grid<>();
        grid.addColumn(e -> TIME.format(e.getOccurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RecognitionEvent::getActorName).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> translations.enumLabel(e.getAction(), getLocale()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> nullToEmpty(e.getDetails())).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.setItems(events);
        grid.setAllRowsVisible(true);
        grid.setId("recognition-history");
        Details d = new Details(getTranslation("recognition.history", events.size()), grid);
        d.setWidthFull();
        return d;
    }

    private void act(Runnable action) {
        Notifications.save(this, () -> {
            action.run();
        });
    }

    private String stateLabel(EnvironmentRecognition r) {
        String s = translations.enumLabel(r.getState(), getLocale());
        return r.getSupersededAt() != null ? s + " (" + getTranslation("recognition.superseded") + ")" : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** For tests: the editor's current selection. */
    Map<ItemRef, String> selection() {
        return selection;
    }

    /** For tests: the rows of the tree. */
    TreeData<RecognitionNode> treeData() {
        return treeData;
    }

    @Override
    public String getPageTitle() {
        return unit == null ? getTranslation("recognition.title") : getTranslation("recognition.titleOf", unit.getName());
    }
}
