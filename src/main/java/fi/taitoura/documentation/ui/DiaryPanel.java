package fi.taitoura.documentation.ui;

import fi.taitoura.base.time.Time;
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
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskSummary;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The learning diary of a period: entries in the trainee's own words, newest first. */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css") // the trainee's entries and comments
class DiaryPanel extends VerticalLayout {

    private final DocumentationService service;
    private final Long periodId;
    private final Div entries = new Div();
    private final List<TaskSummary> tasks;
    private final java.time.LocalDate periodStart;

    private fi.taitoura.documentation.TraineeDiary traineeDiary;
    private final boolean canWrite;

    DiaryPanel(DocumentationService service, TraineeService trainees, TaskLibraryService taskLibrary, Long periodId) {
        this.service = service;
        this.periodId = periodId;
        setPadding(false);
        periodStart = trainees.readPeriodBasics(periodId).startDate();
        canWrite = trainees.mayWritePeriod(periodId);
        tasks = canWrite ? taskLibrary.findTaskSummaries(trainees.periodHeadings(List.of(periodId)).get(periodId)
                .workUnitId()) : List.of();
        entries.addClassName("diary-entries");
        if (canWrite) {
            Button add = new Button(getTranslation("diary.new"), VaadinIcon.PLUS.create(), e -> edit(new DiaryEntry()));
            add.setId("new-diary-entry");
            add(add);
        }
        add(entries);
        refresh();
    }

    /** The entries are shown through the trainee-diary service (the trainee's own entries, comments; issue #16). */
    DiaryPanel with(fi.taitoura.documentation.TraineeDiary traineeDiary) {
        this.traineeDiary = traineeDiary;
        refresh();
        return this;
    }

    private void refresh() {
        if (traineeDiary == null) {
            return;
        }
        entries.removeAll();
        List<fi.taitoura.documentation.TraineeDiary.EntryView> list = traineeDiary.entries(periodId);
        if (list.isEmpty()) {
            entries.add(new Paragraph(getTranslation("diary.none")));
            return;
        }
        for (var d : list) {
            Div card = new Div();
            card.addClassName("goal-card");
            Span date = new Span(Formats.date(d.date()));
            date.addClassName("badge-neutral");
            card.add(date);
            if (d.byTrainee()) {
                // issue #16: written by the trainee on their own phone
                Span own = new Span(getTranslation("me.diary.byTrainee"));
                own.addClassName("badge-neutral");
                card.add(new Span(" "), own);
            }
            card.add(new Paragraph(d.text()));
            if (!d.photoIds().isEmpty()) {
                // issue #16: the trainee's photos of their work, served through the diary's access check
                Div pics = new Div();
                pics.addClassName("me-photos");
                int n = 0;
                for (Long photoId : d.photoIds()) {
                    n++;
                    com.vaadin.flow.component.html.Image img = new com.vaadin.flow.component.html.Image(
                            com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(ev -> {
                                byte[] bytes = traineeDiary.photo(periodId, photoId);
                                return new com.vaadin.flow.server.streams.DownloadResponse(
                                        new java.io.ByteArrayInputStream(bytes), "kuva-" + photoId + ".jpg",
                                        "image/jpeg", bytes.length);
                            }), getTranslation("me.diary.photo.alt", n, Formats.date(d.date())));
                    img.addClassName("me-photo-img");
                    pics.add(img);
                }
                card.add(pics);
            }
            if (!d.tasks().isEmpty()) {
                Span t = new Span(String.join(", ", d.tasks().values()));
                t.addClassName("goal-support");
                card.add(t);
            }
            if (d.comment() != null) {
                Div c = new Div(new Span(getTranslation("me.diary.comment")), new Paragraph(d.comment()));
                c.addClassName("me-comment");
                card.add(c);
            } else if (d.byTrainee() && canWrite) {
                Button comment = new Button(getTranslation("me.diary.addComment"), e -> comment(d));
                comment.addClassName("diary-comment-button");
                card.add(comment);
            }
            entries.add(card);
        }
    }

    /** The coach comments an entry the trainee wrote (issue #16). */
    private void comment(fi.taitoura.documentation.TraineeDiary.EntryView entry) {
        Dialog dialog = new Dialog(getTranslation("me.diary.addComment"));
        dialog.setWidth("min(36rem, 100vw)");
        TextArea text = new TextArea(getTranslation("me.diary.comment"));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setId("diary-comment-text");
        dialog.add(new Paragraph(entry.text()), text);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("me.diary.error.comment"));
                text.setInvalid(true);
                return;
            }
            if (Notifications.save(this, () -> traineeDiary.comment(periodId, entry.id(), entry.version(),
                    text.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-diary-comment");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void edit(DiaryEntry entry) {
        Dialog dialog = new Dialog(getTranslation(entry.getId() == null ? "diary.new" : "diary.edit"));
        dialog.setWidth("min(40rem, 100vw)");
        Binder<DiaryEntry> binder = new Binder<>();
        DatePicker date = Formats.datePicker(getTranslation("diary.date"));
        date.setMax(Time.today());
        date.setMin(periodStart);
        TextArea text = new TextArea(getTranslation("diary.text"));
        text.setHelperText(getTranslation("diary.textHelp"));
        text.setMaxLength(5000);
        MultiSelectComboBox<TaskSummary> taskPick = new MultiSelectComboBox<>(getTranslation("diary.tasks"));
        taskPick.setItems(tasks);
        taskPick.setItemLabelGenerator(TaskSummary::name);
        if (entry.getEntryDate() == null) {
            entry.setEntryDate(Time.today());
        }
        binder.forField(date).asRequired(getTranslation("validation.required"))
                .withValidator(d -> !d.isAfter(Time.today()) && !d.isBefore(periodStart),
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
