package fi.taitoura.workplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.workplace.RecognisedRequirement;
import fi.taitoura.workplace.TaskDifficulty;
import fi.taitoura.workplace.TaskDraft;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskRequirement;
import fi.taitoura.workplace.TrainingTask;
import fi.taitoura.workplace.WorkUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates or edits a task and maps it to the work unit's recognised requirements. Mappings flagged by a revision
 * are shown apart; the coach keeps or removes each. A failed save keeps everything typed.
 */
class TaskDialog extends Dialog {

    /** The form's bean: what the user is typing. */
    static final class Form {
        String name = "";
        String description = "";
        TaskDifficulty difficulty = TaskDifficulty.BASIC;
        String tools = "";
        String safetyNotes = "";
        Set<String> cards = new TreeSet<>();
        boolean active = true;
    }

    private final Form form = new Form();
    private final Binder<Form> binder = new Binder<>();
    private final Grid<RecognisedRequirement> requirements = new Grid<>();
    private final Map<Long, Checkbox> flaggedKeep = new java.util.LinkedHashMap<>();

    TaskDialog(WorkUnit unit, TrainingTask task, List<RecognisedRequirement> recognised, TaskLibraryService service,
               TranslationProvider translations, Runnable onSaved) {
        boolean isNew = task == null;
        setHeaderTitle(getTranslation(isNew ? "task.new" : "task.edit"));
        setWidth("min(60rem, 100vw)");
        addClassName("task-dialog");
        if (!isNew) {
            form.name = task.getName();
            form.description = nz(task.getDescription());
            form.difficulty = task.getDifficulty();
            form.tools = nz(task.getTools());
            form.safetyNotes = nz(task.getSafetyNotes());
            form.cards = new TreeSet<>(task.getRequiredCards());
            form.active = task.isActive();
        }

        TextField name = new TextField(getTranslation("task.field.name"));
        name.setId("task-name");
        TextArea description = new TextArea(getTranslation("task.field.description"));
        description.setMaxLength(4000);
        RadioButtonGroup<TaskDifficulty> difficulty = new RadioButtonGroup<>(getTranslation("task.field.difficulty"));
        difficulty.setItems(TaskDifficulty.values());
        difficulty.setItemLabelGenerator(d -> d.level() + " – " + translations.enumLabel(d, getLocale()));
        TextField tools = new TextField(getTranslation("task.field.tools"));
        TextArea safety = new TextArea(getTranslation("task.field.safety"));
        safety.setMaxLength(2000);
        MultiSelectComboBox<String> cards = new MultiSelectComboBox<>(getTranslation("task.field.cards"));
        Set<String> cardChoices = new LinkedHashSet<>(TaskLibraryService.COMMON_CARDS);
        cardChoices.addAll(form.cards);
        cards.setItems(cardChoices);
        cards.setAllowCustomValue(true);
        cards.setHelperText(getTranslation("task.field.cardsHelp"));
        cards.addCustomValueSetListener(e -> {
            cardChoices.add(e.getDetail().trim());
            cards.setItems(cardChoices);
            Set<String> v = new TreeSet<>(cards.getValue());
            v.add(e.getDetail().trim());
            cards.setValue(v);
        });
        Checkbox active = new Checkbox(getTranslation("task.field.active"));

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 1, 200))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);
        binder.forField(difficulty).asRequired(getTranslation("validation.required"))
                .bind(f -> f.difficulty, (f, v) -> f.difficulty = v);
        binder.forField(tools).withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 1000), 0, 1000))
                .bind(f -> f.tools, (f, v) -> f.tools = v);
        binder.forField(safety).bind(f -> f.safetyNotes, (f, v) -> f.safetyNotes = v);
        binder.forField(cards).bind(f -> f.cards, (f, v) -> f.cards = new TreeSet<>(v));
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);
        binder.readBean(form);

        FormLayout fields = new FormLayout(name, difficulty, description, tools, safety, cards, active);
        fields.setColspan(description, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(fields);

        // --- mapping to recognised requirements
        add(new H4(getTranslation("task.field.requirements")));
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("task.filterRequirements"));
        filter.setAriaLabel(getTranslation("task.filterRequirements"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidthFull();
        filter.setId("requirement-filter");
        Span selectedCount = new Span();
        selectedCount.addClassName("help-text");
        requirements.setId("task-requirements");
        requirements.setSelectionMode(Grid.SelectionMode.MULTI);
        requirements.addColumn(RecognisedRequirement::unitCode).setHeader(getTranslation("task.coverage.unit"))
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(r -> r.unitName().in(getLocale()));
        requirements.addColumn(r -> r.text().in(getLocale())).setHeader(getTranslation("task.coverage.requirement"))
                .setFlexGrow(1).setTooltipGenerator(r -> r.text().in(getLocale()));
        ListDataProvider<RecognisedRequirement> data = new ListDataProvider<>(recognised);
        requirements.setDataProvider(data);
        requirements.setHeight("18rem");
        requirements.setAriaLabel(getTranslation("task.field.requirements"));
        Map<Long, RecognisedRequirement> byId = recognised.stream()
                .collect(Collectors.toMap(RecognisedRequirement::id, Function.identity(), (a, b) -> a));
        if (!isNew) {
            task.getRequirements().stream().filter(m -> !m.isFlagged())
                    .map(m -> byId.get(m.getRequirementId())).filter(r -> r != null)
                    .forEach(requirements::select);
        }
        Runnable updateCount = () -> selectedCount.setText(getTranslation("task.selectedCount",
                requirements.getSelectedItems().size()));
        requirements.addSelectionListener(e -> updateCount.run());
        updateCount.run();
        filter.addValueChangeListener(e -> {
            String text = e.getValue().trim().toLowerCase();
            data.setFilter(r -> text.isEmpty() || r.text().in(getLocale()).toLowerCase().contains(text)
                    || r.unitCode().toLowerCase().contains(text)
                    || r.unitName().in(getLocale()).toLowerCase().contains(text));
        });
        if (recognised.isEmpty()) {
            Div none = new Div(new Span(getTranslation("task.noRecognition")));
            none.addClassName("callout-warning");
            add(none);
        } else {
            add(filter, requirements, selectedCount);
        }

        if (!isNew) {
            List<TaskRequirement> flagged = task.getRequirements().stream().filter(TaskRequirement::isFlagged).toList();
            if (!flagged.isEmpty()) {
                Div box = new Div();
                box.addClassName("callout-warning");
                box.setId("flagged-mappings");
                box.add(new H4(getTranslation("task.flaggedTitle")));
                box.add(new Span(getTranslation("task.flaggedHelp")));
                Map<Long, LocalizedText> texts = service.requirementTexts(flagged.stream()
                        .map(TaskRequirement::getRequirementId).toList());
                for (TaskRequirement m : flagged) {
                    LocalizedText text = texts.get(m.getRequirementId());
                    Checkbox keep = new Checkbox(getTranslation("task.keepMapping",
                            text == null ? String.valueOf(m.getRequirementId()) : text.in(getLocale())));
                    keep.setValue(true);
                    flaggedKeep.put(m.getRequirementId(), keep);
                    Div row = new Div(keep);
                    box.add(row);
                }
                add(box);
            }
        }

        Button save = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            Set<Long> ids = new HashSet<>();
            requirements.getSelectedItems().forEach(r -> ids.add(r.id()));
            flaggedKeep.forEach((id, keep) -> {
                if (keep.getValue()) {
                    ids.add(id);
                }
            });
            TaskDraft draft = new TaskDraft(isNew ? null : task.getId(), isNew ? 0 : task.getVersion(), unit.getId(),
                    form.name, form.description, form.difficulty, form.tools, form.safetyNotes, form.cards,
                    form.active, ids);
            Notifications.save(this, () -> {
                service.save(draft);
                Notifications.success(getTranslation("common.saved"));
                close();
                onSaved.run();
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-task");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** For tests: the requirement grid. */
    Grid<RecognisedRequirement> requirementGrid() {
        return requirements;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
