package fi.taitoura.documentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.documentation.DiaryEntry;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskSummary;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The learning diary of a period: entries in the trainee's own words, newest first. */
class DiaryPanel extends VerticalLayout {

    private final DocumentationService service;
    private final Long periodId;
    private final Div entries = new Div();
    private final List<TaskSummary> tasks;
    private final TrainingPeriod period;

    DiaryPanel(DocumentationService service, TraineeService trainees, TaskLibraryService taskLibrary, Long periodId) {
        this.service = service;
        this.periodId = periodId;
        setPadding(false);
        period = trainees.requirePeriodForRead(periodId);
        boolean canWrite = trainees.canWrite(period);
        tasks = canWrite ? taskLibrary.findTaskSummaries(period.getWorkUnit().getId()) : List.of();
        entries.addClassName("diary-entries");
        if (canWrite) {
            Button add = new Button(getTranslation("diary.new"), VaadinIcon.PLUS.create(), e -> edit(new DiaryEntry()));
            add.setId("new-diary-entry");
            add(add);
        }
        add(entries);
        refresh();
    }

    private void refresh() {
        entries.removeAll();
        List<DiaryEntry> list = service.diary(periodId);
        if (list.isEmpty()) {
            entries.add(new Paragraph(getTranslation("diary.none")));
            return;
        }
        Map<Long, String> names = service.taskNames(list.stream().flatMap(d -> d.getTaskIds().stream())
                .collect(Collectors.toSet()));
        for (DiaryEntry d : list) {
            Div card = new Div();
            card.addClassName("goal-card");
            Span date = new Span(Formats.date(d.getEntryDate()));
            date.addClassName("badge-neutral");
            card.add(date, new Paragraph(d.getText()));
            if (!d.getTaskIds().isEmpty()) {
                Span t = new Span(d.getTaskIds().stream().map(id -> names.getOrDefault(id, "#" + id))
                        .collect(Collectors.joining(", ")));
                t.addClassName("goal-support");
                card.add(t);
            }
            entries.add(card);
        }
    }

    private void edit(DiaryEntry entry) {
        Dialog dialog = new Dialog(getTranslation(entry.getId() == null ? "diary.new" : "diary.edit"));
        dialog.setWidth("min(40rem, 100vw)");
        Binder<DiaryEntry> binder = new Binder<>();
        DatePicker date = Formats.datePicker(getTranslation("diary.date"));
        date.setMax(LocalDate.now());
        date.setMin(period.getStartDate());
        TextArea text = new TextArea(getTranslation("diary.text"));
        text.setHelperText(getTranslation("diary.textHelp"));
        text.setMaxLength(5000);
        MultiSelectComboBox<TaskSummary> taskPick = new MultiSelectComboBox<>(getTranslation("diary.tasks"));
        taskPick.setItems(tasks);
        taskPick.setItemLabelGenerator(TaskSummary::name);
        if (entry.getEntryDate() == null) {
            entry.setEntryDate(LocalDate.now());
        }
        binder.forField(date).asRequired(getTranslation("validation.required"))
                .withValidator(d -> !d.isAfter(LocalDate.now()) && !d.isBefore(period.getStartDate()),
                        getTranslation("diary.error.date"))
                .bind(DiaryEntry::getEntryDate, DiaryEntry::setEntryDate);
        binder.forField(text).asRequired(getTranslation("diary.error.text"))
                .bind(DiaryEntry::getText, DiaryEntry::setText);
        binder.forField(taskPick).bind(d -> tasks.stream().filter(t -> d.getTaskIds().contains(t.id()))
                        .collect(Collectors.toSet()),
                (d, v) -> d.setTaskIds(v.stream().map(TaskSummary::id).collect(Collectors.toCollection(HashSet::new))));
        binder.readBean(entry);
        FormLayout form = new FormLayout(date, text, taskPick);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(entry)) {
                return;
            }
            Notifications.save(this, () -> {
                service.saveDiaryEntry(periodId, entry);
                dialog.close();
                refresh();
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-diary-entry");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }
}
