package fi.taitoura.workplace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.workplace.Coverage;
import fi.taitoura.workplace.RecognisedRequirement;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskRequirement;
import fi.taitoura.workplace.TaskSummary;
import fi.taitoura.workplace.TrainingTask;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** A work unit's task library and the coverage of its recognised requirements by the tasks. */
@Route("work-units/:id/tasks")
@PermitAll
class TasksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final WorkplaceService workplaces;
    private final TaskLibraryService service;
    private final TranslationProvider translations;
    private WorkUnit unit;
    private final Grid<TrainingTask> grid = new Grid<>();
    private final VerticalLayout coverageTab = new VerticalLayout();
    private List<RecognisedRequirement> recognised = List.of();

    TasksView(WorkplaceService workplaces, TaskLibraryService service, TranslationProvider translations) {
        this.workplaces = workplaces;
        this.service = service;
        this.translations = translations;
        addClassName("tasks-view");
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
        build();
    }

    private void build() {
        removeAll();
        add(new WorkUnitTabs(unit, WorkUnitTabs.Page.TASKS));
        boolean editable = workplaces.canEdit(unit.getId());
        recognised = service.findRecognisedRequirements(unit.getId());

        VerticalLayout tasksTab = new VerticalLayout();
        tasksTab.setPadding(false);
        if (recognised.isEmpty()) {
            Paragraph p = new Paragraph(getTranslation("task.noRecognition"));
            p.addClassName("callout-warning");
            p.setId("no-recognition");
            tasksTab.add(p);
        }
        if (editable) {
            Button add = new Button(getTranslation("task.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("new-task");
            tasksTab.add(add);
        }
        grid.removeAllColumns();
        grid.setId("tasks");
        grid.addColumn(TrainingTask::getName).setHeader(getTranslation("task.field.name")).setFlexGrow(2)
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(t -> t.getDifficulty().level() + " – " + translations.enumLabel(t.getDifficulty(), getLocale()))
                .setHeader(getTranslation("task.field.difficulty")).setAutoWidth(true).setSortable(true)
                .setComparator(t -> t.getDifficulty().level());
        grid.addComponentColumn(this::mappingCell).setHeader(getTranslation("task.field.requirements"))
                .setAutoWidth(true);
        grid.addColumn(t -> String.join(", ", t.getRequiredCards())).setHeader(getTranslation("task.field.cards"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("task.field.active")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(t -> {
                Button b = new Button(VaadinIcon.EDIT.create(), e -> edit(t));
                b.addThemeVariants(ButtonVariant.TERTIARY);
                b.setAriaLabel(getTranslation("common.edit") + " " + t.getName());
                return b;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
            grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        }
        grid.setAriaLabel(getTranslation("workplace.tab.tasks"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        tasksTab.add(grid);

        coverageTab.setPadding(false);
        TabSheet tabs = fi.taitoura.base.ui.LazyTabs.withoutFocusableScroller(new TabSheet());
        tabs.add(getTranslation("task.tab.library"), tasksTab);
        tabs.add(getTranslation("task.tab.coverage"), coverageTab);
        tabs.setWidthFull();
        tabs.setId("task-tabs");
        add(tabs);
        refresh();
    }

    private Component mappingCell(TrainingTask t) {
        long flagged = t.getRequirements().stream().filter(TaskRequirement::isFlagged).count();
        Span count = new Span(String.valueOf(t.getRequirements().size() - flagged));
        if (flagged == 0) {
            return count;
        }
        Icon warn = VaadinIcon.WARNING.create();
        warn.addClassName("flag-icon");
        Span f = new Span(warn, new Span(getTranslation("task.flaggedCount", flagged)));
        f.addClassName("flagged");
        f.getElement().setAttribute("title", getTranslation("task.flaggedHelp"));
        HorizontalLayout h = new HorizontalLayout(count, f);
        h.setSpacing(true);
        h.setAlignItems(FlexComponent.Alignment.CENTER);
        return h;
    }

    private void refresh() {
        grid.setItems(service.findTasks(unit.getId()));
        buildCoverage();
    }

    private void edit(TrainingTask task) {
        new TaskDialog(unit, task, recognised, service, translations, this::refresh).open();
    }

    private void buildCoverage() {
        coverageTab.removeAll();
        Coverage coverage = service.coverage(unit.getId());
        if (coverage.requirements().isEmpty()) {
            coverageTab.add(new Paragraph(getTranslation("task.noRecognition")));
            return;
        }
        Span summary = new Span(getTranslation("task.coverage.summary", coverage.coveredCount(),
                coverage.requirements().size(), coverage.tasks().size()));
        summary.setId("coverage-summary");
        summary.addClassName("coverage-summary");
        Checkbox uncoveredOnly = new Checkbox(getTranslation("task.coverage.uncoveredOnly"));
        uncoveredOnly.setId("uncovered-only");
        HorizontalLayout top = new HorizontalLayout(summary, uncoveredOnly);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWrap(true);

        Grid<RecognisedRequirement> matrix = new Grid<>();
        matrix.setId("coverage-matrix");
        matrix.addClassName("coverage-matrix");
        matrix.addColumn(RecognisedRequirement::unitCode).setHeader(getTranslation("task.coverage.unit"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true)
                .setTooltipGenerator(r -> r.unitName().in(getLocale()));
        matrix.addColumn(r -> r.text().in(getLocale())).setHeader(getTranslation("task.coverage.requirement"))
                .setWidth("22rem").setFlexGrow(0).setFrozen(true).setResizable(true)
                .setTooltipGenerator(r -> r.text().in(getLocale()));
        matrix.addComponentColumn(r -> {
            int n = coverage.tasksTraining(r.id()).size();
            Span s = new Span(String.valueOf(n));
            if (n == 0) {
                s.addClassName("uncovered");
                s.getElement().setAttribute("title", getTranslation("task.coverage.noTask"));
            }
            return s;
        }).setHeader(getTranslation("task.coverage.count")).setAutoWidth(true).setFlexGrow(0);
        int index = 1;
        for (TaskSummary t : coverage.tasks()) {
            Span header = new Span(t.name());
            header.addClassName("matrix-header");
            header.getElement().setAttribute("title", t.name());
            matrix.addComponentColumn(r -> {
                if (!coverage.trains(t.id(), r.id())) {
                    return new Span();
                }
                Icon check = VaadinIcon.CHECK.create();
                check.addClassName("matrix-check");
                check.getElement().setAttribute("aria-label", t.name());
                return check;
            }).setHeader(header).setWidth("3.2rem").setFlexGrow(0).setKey("task-" + index++);
        }
        matrix.setItems(coverage.requirements());
        matrix.setPartNameGenerator(r -> coverage.tasksTraining(r.id()).isEmpty() ? "uncovered-row" : null);
        if (coverage.requirements().size() <= 20) {
            matrix.setAllRowsVisible(true);
        } else {
            matrix.setHeight("34rem");
        }
        matrix.addThemeVariants(GridVariant.COLUMN_BORDERS);
        uncoveredOnly.addValueChangeListener(e -> matrix.setItems(e.getValue() ? coverage.uncovered()
                : coverage.requirements()));
        coverageTab.add(top, matrix);
        if (!coverage.uncovered().isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation("task.coverage.uncoveredHint", coverage.uncovered().size()));
            hint.addClassName("help-text");
            coverageTab.add(hint);
        }
    }

    /** For tests. */
    List<RecognisedRequirement> recognised() {
        return recognised;
    }

    @Override
    public String getPageTitle() {
        return unit == null ? getTranslation("workplace.tab.tasks") : getTranslation("task.titleOf", unit.getName());
    }
}
