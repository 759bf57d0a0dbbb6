package fi.taitoura.documentation.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.BeforeLeaveObserver;
import fi.taitoura.base.ui.UnsavedChanges;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.documentation.DayRecords.DayEntry;
import fi.taitoura.documentation.DayRecords.DayPlan;
import fi.taitoura.documentation.DayRecords.SaveResult;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.PeriodFacts;
import fi.taitoura.security.Role;
import fi.taitoura.workplace.WorkplaceService;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coach's day (/day): one work unit, one day, every trainee whose period runs that day. Mark everyone present
 * with one click, pick the tasks each did, adjust the prefilled skills, save once. Past days can be corrected.
 */
@Menu(title = "nav.day", order = 100, icon = "vaadin:calendar-user")
@Route("day")
@RolesAllowed(Role.Names.COACH)
class DayView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver,
        UnsavedChanges {

    /** The chosen day in the URL ({@code /day?date=2026-11-30}): a reload, a bookmark or the back button keep it. */
    static final String DATE_PARAMETER = "date";

    private final DocumentationService service;
    private final TranslationProvider translations;
    private final ComboBox<UnitRef> unit = new ComboBox<>();
    private final DatePicker date;
    private final Div cards = new Div();
    private final Span progress = new Span();
    private final Button save = new Button();
    private final List<TraineeDayCard> dayCards = new ArrayList<>();
    private final PeriodFacts periodFacts;
    private final Long myId;
    private final Paragraph capacityWarning = new Paragraph();
    private final List<UnitRef> units;
    /** False until the view is entered (the URL's date is known) and while a field is set back: nothing loads. */
    private boolean loading;
    /** The date field shows that the URL's date was not one, until a day is chosen. */
    private boolean urlError;

    DayView(DocumentationService service, TranslationProvider translations, WorkplaceService workplaces, CurrentUser me,
            PeriodFacts periodFacts) {
        this.service = service;
        this.translations = translations;
        this.periodFacts = periodFacts;
        this.myId = me.requireId();
        addClassName("day-view");
        setPadding(true);

        units = workplaces.findMyUnitRefs().stream().filter(UnitRef::active).toList();
        unit.setLabel(getTranslation("day.workUnit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitRef::name);
        unit.setId("day-unit");
        // the whole unit name shows (issue 13: cut at tablet width): as wide as the longest name, at most the screen
        int longest = units.stream().mapToInt(u -> u.name().length()).max().orElse(20);
        unit.setWidth("min(100%, " + Math.max(16, longest + 5) + "ch)");
        unit.getStyle().set("--vaadin-combo-box-overlay-width", Math.max(16, longest + 5) + "ch");
        date = Formats.datePicker(getTranslation("day.date"));
        date.setMax(Time.today());
        date.setI18n(date.getI18n().setMaxErrorMessage(getTranslation("day.error.future")));
        date.setValue(Time.today());
        date.setId("day-date");
        Button allPresent = new Button(getTranslation("day.allPresent"), VaadinIcon.CHECK_SQUARE_O.create(), e -> {
            dayCards.forEach(TraineeDayCard::markPresentIfEmpty);
            updateProgress();
        });
        allPresent.setId("all-present");
        HorizontalLayout bar = new HorizontalLayout(unit, date, allPresent, progress);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("day-bar");

        save.setText(getTranslation("day.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        save.setId("save-day");
        save.addClickListener(e -> saveDay());
        Div saveBar = new Div(save);
        saveBar.addClassName("day-save-bar");

        cards.addClassName("day-cards");
        capacityWarning.addClassName("capacity-warning");
        capacityWarning.setId("day-capacity-warning");
        capacityWarning.setVisible(false);
        add(bar, capacityWarning, cards, saveBar);

        unit.addValueChangeListener(e -> {
            if (!loading) {
                return;
            }
            if (e.isFromClient()) {
                confirmDiscard(this::load, () -> quietly(() -> unit.setValue(e.getOldValue())));
            } else {
                load();
            }
        });
        date.addValueChangeListener(e -> {
            if (!loading) {
                return;
            }
            if (urlError) {
                urlError = false;
                date.setErrorMessage(null);
            }
            date.setInvalid(e.getValue() != null && e.getValue().isAfter(Time.today()));
            if (e.isFromClient()) {
                confirmDiscard(() -> {
                    showDateInUrl();
                    load();
                }, () -> quietly(() -> date.setValue(e.getOldValue())));
            } else {
                showDateInUrl();
                load();
            }
        });
    }

    /**
     * Opens the day of the URL's {@code date} (today without one), loading it once (issue 18: the view loaded today
     * and then the chosen day). A date that is not one, or in the future, is shown at the date field.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(DATE_PARAMETER, List.of());
        LocalDate day = Time.today();
        boolean invalid = false;
        if (!given.isEmpty()) {
            try {
                day = LocalDate.parse(given.get(0));
            } catch (java.time.format.DateTimeParseException e) {
                invalid = true;
            }
        }
        loading = false;
        urlError = false;
        date.setErrorMessage(null);
        date.setInvalid(false);
        if (unit.getValue() == null && !units.isEmpty()) {
            unit.setValue(units.get(0));
        }
        date.setValue(invalid ? null : day);
        loading = true;
        if (invalid) {
            load(); // nothing to load without a date: the cards are cleared
            date.setInvalid(true);
            date.setErrorMessage(getTranslation("day.error.invalidDate"));
            urlError = true;
            return;
        }
        load();
    }

    /** Sets a field back without loading (the coach kept their unsaved entries). */
    private void quietly(Runnable change) {
        loading = false;
        try {
            change.run();
        } finally {
            loading = true;
        }
    }

    /** The chosen day into the URL, replacing the history entry: no second navigation, nothing reloads. */
    private void showDateInUrl() {
        LocalDate day = date.getValue();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("day",
                day == null ? QueryParameters.empty() : QueryParameters.of(DATE_PARAMETER, day.toString()))));
    }

    private void load() {
        dayCards.clear();
        cards.removeAll();
        if (unit.getValue() == null || date.getValue() == null) {
            capacityWarning.setVisible(false);
            if (units.isEmpty()) {
                cards.add(new Paragraph(getTranslation("day.noUnits")));
            }
            updateProgress();
            return;
        }
        if (date.getValue().isAfter(Time.today())) {
            // a future day typed in the field: nothing to record (the field says why), no cards to fill in vain
            capacityWarning.setVisible(false);
            date.setErrorMessage(getTranslation("day.error.future"));
            date.setInvalid(true);
            Paragraph future = new Paragraph(getTranslation("day.error.future"));
            future.setId("day-future");
            cards.add(future);
            updateProgress();
            return;
        }
        DayPlan plan = service.dayOfUnit(unit.getValue().id(), date.getValue());
        PeriodFacts.CoachLoad load = periodFacts.coachLoad(plan.workUnitId(), myId, date.getValue());
        capacityWarning.setText(getTranslation("day.capacityWarning", load.trainees(), load.capacity()));
        capacityWarning.setVisible(load.exceeded());
        if (plan.trainees().isEmpty()) {
            cards.add(new Paragraph(getTranslation("day.noTrainees")));
        }
        if (plan.tasks().isEmpty()) {
            cards.add(new Paragraph(getTranslation("day.noTasks")));
        }
        for (var t : plan.trainees()) {
            TraineeDayCard card = new TraineeDayCard(t, plan.tasks(), plan.requirements(), translations,
                    this::updateProgress);
            dayCards.add(card);
            cards.add(card);
        }
        updateProgress();
    }

    private void updateProgress() {
        long saved = dayCards.stream().filter(TraineeDayCard::isSaved).count();
        long unsaved = dayCards.stream().filter(TraineeDayCard::isDirty).count();
        // nothing loaded (no date, an invalid or future one): no "0/0"
        progress.setText(dayCards.isEmpty() ? "" : unsaved == 0 ? getTranslation("day.progress", saved, dayCards.size())
                : getTranslation("day.progressUnsaved", saved, dayCards.size(), unsaved));
        save.setEnabled(unsaved > 0);
        getUI().ifPresent(ui -> UnsavedChanges.warnOnUnload(ui, unsaved > 0));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dayCards.stream().anyMatch(TraineeDayCard::isDirty);
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        UnsavedChanges.warnOnUnload(event.getUI(), false);
        super.onDetach(event);
    }

    private void saveDay() {
        List<TraineeDayCard> toSave = dayCards.stream().filter(c -> c.isDirty() && c.hasStatus()).toList();
        boolean valid = true;
        for (TraineeDayCard c : toSave) {
            valid &= c.validate();
        }
        if (!valid) {
            Notifications.error(getTranslation("day.error.fixMarked"));
            return;
        }
        Notifications.save(this, () -> {
            List<DayEntry> entries = toSave.stream().map(TraineeDayCard::entry).toList();
            Map<Long, SaveResult> results = service.saveDay(date.getValue(), entries).stream()
                    .collect(Collectors.toMap(SaveResult::periodId, Function.identity()));
            List<String> conflicts = new ArrayList<>();
            for (TraineeDayCard c : toSave) {
                SaveResult r = results.get(c.periodId());
                if (r != null && r.saved()) {
                    c.saved(r.version());
                } else {
                    c.conflict();
                    conflicts.add(c.traineeName());
                }
            }
            if (conflicts.isEmpty()) {
                Notifications.success(getTranslation("day.saved", toSave.size()));
            } else {
                Notifications.error(getTranslation("day.conflict", String.join(", ", conflicts)));
            }
        });
        updateProgress();
    }

    /** Nothing typed is lost silently: switching day or unit with unsaved entries asks first. */
    private void confirmDiscard(Runnable proceed, Runnable cancel) {
        if (dayCards.stream().noneMatch(TraineeDayCard::isDirty)) {
            proceed.run();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("day.unsaved.title"),
                getTranslation("day.unsaved.text"), getTranslation("day.unsaved.discard"), e -> proceed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addCancelListener(e -> cancel.run());
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (dayCards.stream().anyMatch(TraineeDayCard::isDirty)) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("day.unsaved.title"),
                    getTranslation("day.unsaved.text"), getTranslation("day.unsaved.discard"), e -> {
                        event.getUI().getPage().executeJs("window.taitouraUnsaved = false");
                        action.proceed();
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.day");
    }
}
