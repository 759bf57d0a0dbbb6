package fi.taitoura.documentation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.documentation.AttendanceStatus;
import fi.taitoura.documentation.DayRecords.DayEntry;
import fi.taitoura.documentation.DayRecords.ObservationEntry;
import fi.taitoura.documentation.DayRecords.RequirementInfo;
import fi.taitoura.documentation.DayRecords.TraineeDay;
import fi.taitoura.documentation.IndependenceLevel;
import fi.taitoura.workplace.TaskSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One trainee's day: attendance, tasks done (a quick pick from the unit's task library) and — prefilled from the
 * tasks' mapped requirements — the skills shown with how independently. Keeps what the coach entered until it is
 * saved, also when a save fails.
 */
class TraineeDayCard extends Div {

    private final TraineeDay day;
    private final Map<Long, RequirementInfo> requirements;
    private final Map<Long, TaskSummary> tasksById = new LinkedHashMap<>();
    private final RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>();
    private final TextField reason = new TextField();
    private final CheckboxGroup<TaskSummary> tasks = new CheckboxGroup<>();
    private final Div skills = new Div();
    private final TextField note = new TextField();
    private final Span state = new Span();
    private final Map<Long, SkillRow> skillRows = new LinkedHashMap<>();
    private long version;
    /** What the card showed when it was loaded or last saved: the card is unsaved only when it differs. */
    private DayEntry baseline;
    private boolean building = true;
    private final Runnable onChange;

    /** A requirement row: included or not, with a level. */
    private final class SkillRow extends HorizontalLayout {
        final Checkbox include = new Checkbox();
        final RadioButtonGroup<IndependenceLevel> level = new RadioButtonGroup<>();
        final Long taskId;
        /** The same skill worded alike in another qualification: rated once, recorded for each (issue 13). */
        final List<Long> alsoRequirementIds = new ArrayList<>();

        SkillRow(RequirementInfo info, Long taskId, IndependenceLevel initial, TranslationProvider translations) {
            this.taskId = taskId;
            addClassName("skill-row");
            include.setValue(true);
            String text = info.text().in(getLocale());
            include.setAriaLabel(text);
            Span label = new Span(info.unitCode() + " · " + text);
            label.addClassName("skill-text");
            label.getElement().setAttribute("title", text);
            level.setItems(IndependenceLevel.values());
            level.setItemLabelGenerator(l -> translations.enumLabel(l, getLocale()));
            level.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
            level.setValue(initial);
            level.setAriaLabel(getTranslation("day.level") + ": " + text);
            include.addValueChangeListener(e -> {
                level.setEnabled(e.getValue());
                changed();
            });
            level.addValueChangeListener(e -> changed());
            add(include, label, level);
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.CENTER);
            expand(label);
            setWrap(true);
        }
    }

    TraineeDayCard(TraineeDay day, List<TaskSummary> unitTasks, Map<Long, RequirementInfo> requirements,
                   TranslationProvider translations, Runnable onChange) {
        this.day = day;
        this.requirements = requirements;
        this.version = day.version();
        this.onChange = onChange;
        addClassName("day-card");
        unitTasks.forEach(t -> tasksById.put(t.id(), t));

        H3 name = new H3(day.name());
        state.addClassName("day-card-state");
        HorizontalLayout head = new HorizontalLayout(name, state);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.expand(name);

        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(s -> translations.enumLabel(s, getLocale()));
        status.setAriaLabel(getTranslation("day.attendance") + ": " + day.name());
        status.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL);
        status.addClassName("attendance");
        reason.setPlaceholder(getTranslation("day.reason"));
        reason.setAriaLabel(getTranslation("day.reason") + ": " + day.name());
        reason.setMaxLength(300);
        reason.addClassName("reason");

        tasks.setLabel(getTranslation("day.tasks"));
        tasks.setItems(unitTasks);
        tasks.setItemLabelGenerator(TaskSummary::name);
        tasks.addClassName("task-chips");
        tasks.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.AURA_HORIZONTAL);

        skills.addClassName("skills");
        note.setPlaceholder(getTranslation("day.note"));
        note.setAriaLabel(getTranslation("day.note") + ": " + day.name());
        note.setMaxLength(1000);
        note.addClassName("day-note");
        note.setWidthFull();

        // the stored day
        status.setValue(day.status());
        reason.setValue(day.reason() == null ? "" : day.reason());
        note.setValue(day.note() == null ? "" : day.note());
        tasks.setValue(day.taskIds().stream().map(tasksById::get).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        Map<Long, ObservationEntry> stored = new LinkedHashMap<>();
        day.observations().forEach(o -> stored.put(o.requirementId(), o));
        rebuildSkills(stored, translations);
        updateVisibility();

        status.addValueChangeListener(e -> {
            updateVisibility();
            changed();
        });
        reason.addValueChangeListener(e -> changed());
        note.addValueChangeListener(e -> changed());
        tasks.addValueChangeListener(e -> {
            rebuildSkills(Map.of(), translations);
            changed();
        });
        add(head, status, reason, tasks, skills, note);
        building = false;
        baseline = entry();
        showState();
    }

    private void rebuildSkills(Map<Long, ObservationEntry> stored, TranslationProvider translations) {
        Map<Long, SkillRow> previous = new LinkedHashMap<>(skillRows);
        skillRows.clear();
        skills.removeAll();
        Map<String, SkillRow> byText = new java.util.HashMap<>();
        java.util.Set<Long> merged = new java.util.HashSet<>();
        for (TaskSummary t : tasks.getValue().stream().sorted(java.util.Comparator.comparing(TaskSummary::name)).toList()) {
            for (Long rid : t.requirementIds()) {
                if (skillRows.containsKey(rid) || merged.contains(rid) || !requirements.containsKey(rid)) {
                    continue;
                }
                SkillRow same = byText.get(sameSkill(requirements.get(rid)));
                if (same != null) {
                    same.alsoRequirementIds.add(rid);
                    merged.add(rid);
                    continue;
                }
                IndependenceLevel initial;
                boolean include = true;
                if (previous.containsKey(rid)) {
                    initial = previous.get(rid).level.getValue();
                    include = previous.get(rid).include.getValue();
                } else if (stored.containsKey(rid)) {
                    initial = stored.get(rid).level();
                } else {
                    initial = day.lastLevels().getOrDefault(rid, IndependenceLevel.WITH_GUIDANCE);
                }
                SkillRow row = new SkillRow(requirements.get(rid), t.id(), initial, translations);
                row.include.setValue(include || stored.containsKey(rid));
                if (!stored.isEmpty() && !stored.containsKey(rid) && !previous.containsKey(rid)) {
                    row.include.setValue(false);
                }
                skillRows.put(rid, row);
                byText.put(sameSkill(requirements.get(rid)), row);
                skills.add(row);
            }
        }
        if (!skillRows.isEmpty()) {
            Span title = new Span(getTranslation("day.skills"));
            title.addClassName("skills-title");
            skills.addComponentAsFirst(title);
        }
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Two requirements are the same skill when their Finnish texts match ignoring case, spacing and punctuation. */
    private static String sameSkill(RequirementInfo info) {
        String text = info.text().getFi() != null ? info.text().getFi() : info.text().in(java.util.Locale.ROOT);
        return text == null ? "#" + info.id()
                : NOT_LETTERS.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    private void updateVisibility() {
        boolean present = status.getValue() == AttendanceStatus.PRESENT;
        boolean absent = status.getValue() != null && !present;
        reason.setVisible(absent);
        tasks.setVisible(present);
        skills.setVisible(present);
    }

    private void changed() {
        if (building) {
            return;
        }
        showState();
        onChange.run();
    }

    private void showState() {
        removeClassNames("day-card-conflict");
        if (isDirty()) {
            state.setText(getTranslation("day.state.unsaved"));
            state.setClassName("day-card-state badge-warning");
        } else if (version >= 0) {
            state.setText(getTranslation("day.state.saved"));
            state.setClassName("day-card-state badge-ok");
        } else {
            state.setText(getTranslation("day.state.new"));
            state.setClassName("day-card-state badge-neutral");
        }
    }

    /** Marks the trainee present (the "everyone present" shortcut) unless something else was chosen. */
    void markPresentIfEmpty() {
        if (status.getValue() == null) {
            status.setValue(AttendanceStatus.PRESENT);
        }
    }

    /** True when what the card shows differs from what was loaded or last saved (opening a day changes nothing). */
    boolean isDirty() {
        if (baseline == null) {
            return false;
        }
        DayEntry now = entry();
        return !(java.util.Objects.equals(now.status(), baseline.status())
                && java.util.Objects.equals(blankToNull(now.reason()), blankToNull(baseline.reason()))
                && java.util.Objects.equals(blankToNull(now.note()), blankToNull(baseline.note()))
                && now.taskIds().equals(baseline.taskIds())
                && new java.util.HashSet<>(now.observations()).equals(new java.util.HashSet<>(baseline.observations())));
    }

    /** Saved on the server (a stored entry that is not changed since). */
    boolean isSaved() {
        return version >= 0 && !isDirty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    boolean hasStatus() {
        return status.getValue() != null;
    }

    Long periodId() {
        return day.periodId();
    }

    String traineeName() {
        return day.name();
    }

    /** Shows an error next to the attendance (e.g. a missing reason); returns false when the card is not valid. */
    boolean validate() {
        reason.setInvalid(false);
        if (status.getValue() != null && status.getValue() != AttendanceStatus.PRESENT && reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("day.error.reasonShort"));
            return false;
        }
        return true;
    }

    DayEntry entry() {
        boolean present = status.getValue() == AttendanceStatus.PRESENT;
        Set<Long> taskIds = present ? tasks.getValue().stream().map(TaskSummary::id)
                .collect(Collectors.toCollection(LinkedHashSet::new)) : Set.of();
        List<ObservationEntry> observations = new ArrayList<>();
        if (present) {
            skillRows.forEach((rid, row) -> {
                if (row.include.getValue() && row.level.getValue() != null) {
                    observations.add(new ObservationEntry(rid, row.taskId, row.level.getValue(), null));
                    for (Long also : row.alsoRequirementIds) {
                        observations.add(new ObservationEntry(also, row.taskId, row.level.getValue(), null));
                    }
                }
            });
        }
        return new DayEntry(day.periodId(), version, status.getValue(), present ? null : reason.getValue(),
                note.getValue(), taskIds, observations);
    }

    void saved(long newVersion) {
        version = newVersion;
        baseline = entry();
        showState();
    }

    void conflict() {
        state.setText(getTranslation("day.state.conflict"));
        state.setClassName("day-card-state badge-error");
        addClassName("day-card-conflict");
    }
}
