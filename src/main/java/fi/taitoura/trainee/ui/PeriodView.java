package fi.taitoura.trainee.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.trainee.GoalOutcome;
import fi.taitoura.trainee.PersonalGoal;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;

/** A training period: its details (editable by its coaches and career agent) and the personal goals. */
@Route("trainees/:traineeId/periods/:periodId")
@RolesAllowed({Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEAM_LEAD, Role.Names.JOB_COACH})
class PeriodView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TraineeService service;
    private final TranslationProvider translations;
    private TrainingPeriod period;
    private boolean canEdit;
    private final VerticalLayout goalsBox = new VerticalLayout();

    private final java.util.List<fi.taitoura.base.ui.PeriodSection> sections;

    PeriodView(TraineeService service, TranslationProvider translations,
               java.util.List<fi.taitoura.base.ui.PeriodSection> sections) {
        this.service = service;
        this.translations = translations;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(fi.taitoura.base.ui.PeriodSection::order)).toList();
        addClassName("period-view");
        goalsBox.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long traineeId = event.getRouteParameters().getLong("traineeId").orElse(-1L);
        Long periodId = event.getRouteParameters().getLong("periodId").orElse(-1L);
        try {
            period = service.requirePeriodForRead(periodId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!period.getTrainee().getId().equals(traineeId)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        canEdit = service.canWrite(period);
        build();
    }

    private void build() {
        removeAll();
        Anchor back = new Anchor("trainees/" + period.getTrainee().getId(), period.getTrainee().getDisplayName());
        add(back, new H2(service.workUnitNames(java.util.Set.of(period.getWorkUnitId()))
                .getOrDefault(period.getWorkUnitId(), "") + " · "
                + Formats.range(period.getStartDate(), period.getEndDate() != null ? period.getEndDate()
                : period.getPlannedEndDate())));

        fi.taitoura.base.ui.LazyTabs tabs = new fi.taitoura.base.ui.LazyTabs();
        for (var section : sections) {
            tabs.addLazy(getTranslation(section.titleKey()), () -> section.create(period.getId()));
        }
        // built when opened, as the other tabs: the goals are a read of the trainee's data (audited when shown),
        // and the period form reads the choices of its fields (units, people, target units) (issue 18)
        tabs.addLazy(getTranslation("period.goalsAndDetails"), this::goalsTab);
        add(tabs);
    }

    private VerticalLayout goalsTab() {
        VerticalLayout goalsTab = new VerticalLayout();
        goalsTab.setPadding(false);
        PeriodForm form = new PeriodForm(service, translations, period);
        form.binder.setReadOnly(!canEdit);
        Details details = new Details(getTranslation("period.details"), form);
        details.setOpened(canEdit);
        details.setWidthFull();
        if (canEdit) {
            Button save = new Button(getTranslation("common.save"), e -> {
                if (!form.binder.writeBeanIfValid(period)) {
                    return;
                }
                Notifications.save(this, () -> {
                    PeriodWarnings.confirmThen(this, service.checkPeriod(period), () -> {
                        Notifications.save(this, () -> {
                            period = service.savePeriod(period);
                            Notifications.success(getTranslation("common.saved"));
                            build();
                        });
                    });
                });
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("save-period");
            details.add(save);
        }

        goalsTab.add(new H3(getTranslation("goal.title")), goalsBox);
        refreshGoals();
        if (canEdit) {
            Button addGoal = new Button(getTranslation("goal.new"), VaadinIcon.PLUS.create(),
                    e -> editGoal(new PersonalGoal()));
            addGoal.setId("new-goal");
            goalsTab.add(addGoal);
        }
        goalsTab.add(details);
        return goalsTab;
    }

    private void refreshGoals() {
        goalsBox.removeAll();
        var goals = service.findGoals(period.getId());
        var authors = service.followUpAuthorNames(goals);
        if (goals.isEmpty()) {
            goalsBox.add(new Paragraph(getTranslation("goal.none")));
        }
        for (PersonalGoal g : goals) {
            Div card = new Div();
            card.addClassName("goal-card");
            Span outcome = new Span(g.getOutcome() == null ? getTranslation("goal.inProgress")
                    : translations.enumLabel(g.getOutcome(), getLocale()));
            outcome.addClassName(g.getOutcome() == null ? "badge-neutral"
                    : g.getOutcome() == GoalOutcome.ACHIEVED ? "badge-ok" : "badge-warning");
            HorizontalLayout head = new HorizontalLayout(new Span(g.getDescription()), outcome);
            head.setWidthFull();
            head.expand(head.getComponentAt(0));
            card.add(head);
            if (g.getSupport() != null) {
                Paragraph support = new Paragraph(getTranslation("goal.support") + ": " + g.getSupport());
                support.addClassName("goal-support");
                card.add(support);
            }
            UnorderedList followUps = new UnorderedList();
            g.getFollowUps().forEach(f -> followUps.add(new ListItem(Formats.date(f.getEntryDate()) + " – "
                    + f.getNote() + (f.getAuthorId() == null ? "" : " (" + authors.get(f.getAuthorId()) + ")"))));
            card.add(followUps);
            if (canEdit) {
                Button edit = new Button(getTranslation("common.edit"), e -> editGoal(g));
                edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                Button follow = new Button(getTranslation("goal.addFollowUp"), e -> addFollowUp(g));
                follow.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                card.add(new HorizontalLayout(edit, follow));
            }
            goalsBox.add(card);
        }
    }

    private void editGoal(PersonalGoal goal) {
        Dialog dialog = new Dialog(getTranslation(goal.getId() == null ? "goal.new" : "goal.edit"));
        dialog.setWidth("min(40rem, 100vw)");
        Binder<PersonalGoal> binder = new Binder<>();
        TextArea description = new TextArea(getTranslation("goal.description"));
        description.setMaxLength(2000);
        TextArea support = new TextArea(getTranslation("goal.support"));
        support.setHelperText(getTranslation("goal.supportHelp"));
        support.setMaxLength(2000);
        ComboBox<GoalOutcome> outcome = new ComboBox<>(getTranslation("goal.outcome"));
        outcome.setItems(GoalOutcome.values());
        outcome.setItemLabelGenerator(o -> translations.enumLabel(o, getLocale()));
        outcome.setClearButtonVisible(true);
        outcome.setPlaceholder(getTranslation("goal.inProgress"));
        binder.forField(description).asRequired(getTranslation("validation.required"))
                .bind(PersonalGoal::getDescription, PersonalGoal::setDescription);
        binder.forField(support).bind(PersonalGoal::getSupport, PersonalGoal::setSupport);
        binder.forField(outcome).bind(PersonalGoal::getOutcome, PersonalGoal::setOutcome);
        binder.readBean(goal);
        FormLayout form = new FormLayout(description, support, outcome);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(goal)) {
                return;
            }
            Notifications.save(this, () -> {
                service.saveGoal(period.getId(), goal);
                dialog.close();
                refreshGoals();
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-goal");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void addFollowUp(PersonalGoal goal) {
        Dialog dialog = new Dialog(getTranslation("goal.addFollowUp"));
        DatePicker date = Formats.datePicker(getTranslation("goal.followUpDate"));
        date.setValue(Time.today());
        date.setMax(Time.today());
        TextArea note = new TextArea(getTranslation("goal.followUpNote"));
        note.setMaxLength(2000);
        note.setWidthFull();
        dialog.add(new VerticalLayout(date, note));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            Notifications.save(this, () -> {
                service.addFollowUp(goal.getId(), date.getValue(), note.getValue());
                dialog.close();
                refreshGoals();
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-follow-up");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return period == null ? getTranslation("nav.trainees") : period.getTrainee().getDisplayName();
    }
}
