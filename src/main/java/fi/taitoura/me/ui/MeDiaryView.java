package fi.taitoura.me.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.documentation.TraineeDiary;
import fi.taitoura.documentation.TraineeDiary.DayTask;
import fi.taitoura.documentation.TraineeDiary.EntryInput;
import fi.taitoura.documentation.TraineeDiary.EntryView;
import fi.taitoura.security.Role;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeAccounts.OwnPeriod;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The trainee's learning diary (issue #16): write what you did and learned, tick the tasks it is about, read the
 * coach's comments; an entry can be edited until the coach has commented on it.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route("me/diary")
@Menu(title = "me.nav.diary", order = 10, icon = "vaadin:notebook")
@RolesAllowed(Role.Names.TRAINEE)
public class MeDiaryView extends VerticalLayout implements HasDynamicTitle {

    private final TraineeDiary diary;
    private final Div list = new Div();
    private final Section form = new Section();
    private OwnPeriod period;
    private Map<Long, String> taskChoices = new LinkedHashMap<>();

    MeDiaryView(TraineeAccounts accounts, TraineeDiary diary) {
        this.diary = diary;
        addClassName("me-view");
        period = accounts.own().flatMap(o -> o.current()).orElse(null);
        if (period == null) {
            add(new Paragraph(getTranslation("me.noPeriod")));
            return;
        }
        List<DayTask> recent = diary.recentTasks(period.periodId(), 14);
        recent.forEach(t -> taskChoices.putIfAbsent(t.taskId(), t.name()));
        Button write = new Button(getTranslation("me.diary.new"), e -> edit(null));
        write.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        write.addClassName("me-big-button");
        write.setId("me-diary-new");
        form.setId("me-diary-form");
        form.addClassName("me-section");
        form.setVisible(false);
        list.setId("me-diary-entries");
        // as wide as the page, not as its longest line (a VerticalLayout sizes its children to their content)
        list.setWidthFull();
        add(new Paragraph(getTranslation("me.diary.intro")), write, form, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<EntryView> entries = diary.entries(period.periodId());
        if (entries.isEmpty()) {
            list.add(new Paragraph(getTranslation("me.diary.none")));
        }
        for (EntryView e : entries) {
            Div card = new Div();
            card.addClassName("me-card");
            card.getElement().setAttribute("role", "article");
            H3 date = new H3(Formats.date(e.date()));
            card.add(date, new Paragraph(e.text()));
            if (!e.tasks().isEmpty()) {
                card.add(new Paragraph(getTranslation("me.diary.about",
                        String.join(", ", e.tasks().values()))));
            }
            if (!e.byTrainee()) {
                Span by = new Span(getTranslation("me.diary.byCoach"));
                by.addClassName("me-note");
                card.add(by);
            }
            if (e.comment() != null) {
                Div c = new Div(new Span(getTranslation("me.diary.comment")), new Paragraph(e.comment()));
                c.addClassName("me-comment");
                card.add(c);
            }
            card.add(photos(e));
            if (e.editableByTrainee()) {
                Button edit = new Button(getTranslation("me.diary.edit"), ev -> edit(e));
                edit.addClassName("me-big-button");
                edit.getElement().setAttribute("aria-label",
                        getTranslation("me.diary.editOf", Formats.date(e.date())));
                card.add(edit);
            }
            list.add(card);
        }
    }

    /**
     * The entry's photos (issue #16), each served through the diary's access check by a one-off address of this
     * page; while the entry is editable, photos can be added (camera or gallery on a phone) and removed.
     */
    private Div photos(EntryView e) {
        Div box = new Div();
        box.addClassName("me-photos");
        int n = 0;
        for (Long id : e.photoIds()) {
            n++;
            Div one = new Div();
            one.addClassName("me-photo");
            Image img = new Image(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = diary.photo(period.periodId(), id);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "kuva-" + id + ".jpg", "image/jpeg",
                        bytes.length);
            }), getTranslation("me.diary.photo.alt", n, Formats.date(e.date())));
            img.addClassName("me-photo-img");
            one.add(img);
            if (e.editableByTrainee()) {
                Button remove = new Button(getTranslation("me.diary.photo.remove"), ev -> {
                    if (Notifications.save(this, () -> diary.removePhoto(period.periodId(), id))) {
                        refresh();
                    }
                });
                remove.addClassName("me-big-button");
                remove.getElement().setAttribute("aria-label",
                        getTranslation("me.diary.photo.removeOf", e.photoIds().indexOf(id) + 1, Formats.date(e.date())));
                one.add(remove);
            }
            box.add(one);
        }
        if (e.editableByTrainee() && e.photoIds().size() < TraineeDiary.MAX_PHOTOS) {
            // the size limit is enforced by the server while the photo streams in, not only by the browser
            Upload upload = new Upload(fi.taitoura.base.ui.Uploads.inMemory(TraineeDiary.MAX_PHOTO_BYTES,
                    (meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                if (Notifications.save(this, () -> diary.addPhoto(period.periodId(), e.id(), bytes))) {
                    Notifications.success(getTranslation("me.diary.photo.added"));
                    refresh();
                }
            }))));
            upload.setAcceptedFileTypes("image/*"); // on a phone: the camera or the gallery
            upload.setMaxFiles(1);
            upload.setMaxFileSize(TraineeDiary.MAX_PHOTO_BYTES);
            upload.setDropAllowed(false);
            upload.setUploadButton(new Button(getTranslation("me.diary.photo.add")));
            upload.addFileRejectedListener(ev -> Notifications.error(getTranslation("me.diary.photo.rejected",
                    TraineeDiary.MAX_PHOTO_BYTES / (1024 * 1024))));
            upload.addClassName("me-photo-upload");
            upload.getElement().setAttribute("aria-label", getTranslation("me.diary.photo.addTo",
                    Formats.date(e.date())));
            Paragraph help = new Paragraph(getTranslation("me.diary.photo.help", TraineeDiary.MAX_PHOTOS));
            help.addClassName("me-note");
            box.add(upload, help);
        }
        return box;
    }

    private void edit(EntryView existing) {
        form.removeAll();
        form.setVisible(true);
        H3 title = new H3(getTranslation(existing == null ? "me.diary.new" : "me.diary.edit"));
        LocalDate today = Time.today();
        DatePicker date = Formats.datePicker(getTranslation("me.diary.date"));
        date.setMax(today);
        date.setMin(period.startDate());
        date.setValue(existing == null ? today : existing.date());
        date.setRequiredIndicatorVisible(true);
        TextArea text = new TextArea(getTranslation("me.diary.text"));
        text.setHelperText(getTranslation("me.diary.textHelp"));
        text.setMaxLength(5000);
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setRequiredIndicatorVisible(true);
        text.setId("me-diary-text");
        if (existing != null) {
            text.setValue(existing.text());
        }
        CheckboxGroup<Long> tasks = new CheckboxGroup<>(getTranslation("me.diary.tasks"));
        tasks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        Map<Long, String> choices = new LinkedHashMap<>(taskChoices);
        if (existing != null) {
            choices.putAll(existing.tasks());
        }
        tasks.setItems(choices.keySet());
        tasks.setItemLabelGenerator(id -> choices.getOrDefault(id, ""));
        tasks.setVisible(!choices.isEmpty());
        tasks.setId("me-diary-tasks");
        if (existing != null) {
            tasks.setValue(existing.tasks().keySet());
        }
        Button save = new Button(getTranslation("me.diary.save"), e -> {
            text.setInvalid(false);
            date.setInvalid(false);
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("diary.error.text"));
                text.setInvalid(true);
                text.focus();
                return;
            }
            if (date.getValue() == null || date.getValue().isAfter(today)
                    || date.getValue().isBefore(period.startDate())) {
                date.setErrorMessage(getTranslation("diary.error.date"));
                date.setInvalid(true);
                return;
            }
            EntryInput input = new EntryInput(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), date.getValue(), text.getValue(),
                    tasks.getValue().stream().collect(Collectors.toSet()));
            if (Notifications.save(this, () -> diary.saveOwn(period.periodId(), input))) {
                Notifications.success(getTranslation("me.diary.saved"));
                form.setVisible(false);
                form.removeAll();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        save.addClassName("me-big-button");
        save.setId("me-diary-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> {
            form.setVisible(false);
            form.removeAll();
        });
        cancel.addThemeVariants(ButtonVariant.LARGE);
        cancel.addClassName("me-big-button");
        form.add(title, date, text, tasks, new Div(save, cancel));
        text.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.diary.title");
    }
}
