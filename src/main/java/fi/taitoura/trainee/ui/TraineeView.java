package fi.taitoura.trainee.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.trainee.CardType;
import fi.taitoura.trainee.Trainee;
import fi.taitoura.trainee.TraineeCard;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** A trainee's page: details, periods and cards. Opening it is recorded in the audit log. */
@Route("trainees/:traineeId")
@RolesAllowed({Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEAM_LEAD})
class TraineeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TraineeService service;
    private final TranslationProvider translations;
    private Trainee trainee;
    private List<TrainingPeriod> periods;
    private java.util.Map<Long, String> unitNames = java.util.Map.of();
    private java.util.Map<Long, String> userNames = java.util.Map.of();
    private boolean canEdit;

    private final java.util.List<fi.taitoura.base.ui.PeriodSection> sections;

    TraineeView(TraineeService service, TranslationProvider translations,
                java.util.List<fi.taitoura.base.ui.PeriodSection> sections) {
        this.service = service;
        this.translations = translations;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(fi.taitoura.base.ui.PeriodSection::order)).toList();
        addClassName("trainee-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("traineeId").orElse(null);
        try {
            trainee = service.requireTraineeForRead(id);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        periods = service.findPeriodsOfTrainee(id);
        unitNames = service.workUnitNames(periods.stream().map(TrainingPeriod::getWorkUnitId)
                .collect(java.util.stream.Collectors.toSet()));
        userNames = service.userNames(periods.stream().flatMap(p -> p.getCoachIds().stream())
                .collect(java.util.stream.Collectors.toSet()));
        canEdit = periods.stream().anyMatch(service::canWrite);
        build();
    }

    private void build() {
        removeAll();
        H2 name = new H2(trainee.getDisplayName());
        Span born = new Span(getTranslation("trainee.born", Formats.date(trainee.getDateOfBirth())));
        HorizontalLayout header = new HorizontalLayout(name, born);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        if (trainee.hasPersonalId()) {
            Span masked = new Span(getTranslation("trainee.personalId") + ": " + service.maskedPersonalId(trainee));
            masked.setId("personal-id");
            header.add(masked);
            if (canEdit) {
                Button reveal = new Button(getTranslation("trainee.reveal"), VaadinIcon.EYE.create());
                reveal.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                reveal.addClickListener(e -> service.revealPersonalId(trainee.getId()).ifPresent(code -> {
                    masked.setText(getTranslation("trainee.personalId") + ": " + code);
                    reveal.setVisible(false);
                }));
                header.add(reveal);
            }
        }
        add(header);

        fi.taitoura.base.ui.LazyTabs tabs = new fi.taitoura.base.ui.LazyTabs();
        if (!periods.isEmpty()) {
            TrainingPeriod latest = periods.get(0);
            for (var section : sections) {
                tabs.addLazy(getTranslation(section.titleKey()), () -> section.create(latest.getId()));
            }
        }
        tabs.add(getTranslation("trainee.tab.periods"), periodsTab());
        tabs.add(getTranslation("trainee.tab.details"), detailsTab());
        tabs.add(getTranslation("trainee.tab.cards"), cardsTab());
        add(tabs);
        HorizontalLayout links = new HorizontalLayout(
                new Anchor("trainees/" + trainee.getId() + "/capacity", getTranslation("trainee.link.capacity")));
        add(links);
    }

    private VerticalLayout periodsTab() {
        Grid<TrainingPeriod> grid = new Grid<>();
        grid.addColumn(p -> unitNames.getOrDefault(p.getWorkUnitId(), "")).setHeader(getTranslation("period.workUnit")).setAutoWidth(true);
        grid.addColumn(p -> translations.enumLabel(p.getStatus(), getLocale()))
                .setHeader(getTranslation("period.status")).setAutoWidth(true);
        grid.addColumn(p -> Formats.range(p.getStartDate(), p.getEndDate() != null ? p.getEndDate()
                : p.getPlannedEndDate())).setHeader(getTranslation("period.dates")).setAutoWidth(true);
        Grid.Column<TrainingPeriod> coaches = grid.addColumn(p -> p.getCoachIds().stream().map(userNames::get)
                .filter(java.util.Objects::nonNull).sorted().reduce((a, b) -> a + ", " + b).orElse(""))
                .setHeader(getTranslation("period.coaches"));
        grid.setItems(periods);
        grid.setAllRowsVisible(true);
        grid.setId("periods");
        PhoneColumns.hide(grid, coaches); // a phone: the coaches are on the period's page; headers stay whole
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("trainees/" + trainee.getId()
                + "/periods/" + e.getItem().getId())));
        VerticalLayout tab = new VerticalLayout(grid);
        tab.setPadding(false);
        if (canEdit || service.canCreate()) {
            Button add = new Button(getTranslation("period.new"), VaadinIcon.PLUS.create(), e -> newPeriod());
            add.setId("new-period");
            tab.add(add);
        }
        return tab;
    }

    private void newPeriod() {
        TrainingPeriod p = new TrainingPeriod();
        p.setTrainee(trainee);
        p.setStartDate(Time.today());
        p.setPlannedEndDate(Time.today().plusMonths(6));
        PeriodForm form = new PeriodForm(service, translations, p);
        Dialog dialog = new Dialog(getTranslation("period.new"));
        dialog.setWidth("min(60rem, 100vw)");
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!form.binder.writeBeanIfValid(p)) {
                return;
            }
            Notifications.save(this, () -> {
                PeriodWarnings.confirmThen(this, service.checkPeriod(p), () -> {
                    Notifications.save(this, () -> {
                        TrainingPeriod saved = service.savePeriod(p);
                        dialog.close();
                        getUI().ifPresent(ui -> ui.navigate("trainees/" + trainee.getId() + "/periods/"
                                + saved.getId()));
                    });
                });
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private VerticalLayout detailsTab() {
        TraineeForm form = new TraineeForm(translations, trainee.hasPersonalId());
        form.binder.readBean(trainee);
        form.binder.setReadOnly(!canEdit);
        form.personalId.setVisible(canEdit);
        VerticalLayout tab = new VerticalLayout(form);
        tab.setPadding(false);
        if (canEdit) {
            Button save = new Button(getTranslation("common.save"), e -> {
                if (!form.binder.writeBeanIfValid(trainee)) {
                    return;
                }
                Notifications.save(this, () -> {
                    String code = form.personalId.getValue();
                    trainee = service.updateTrainee(trainee, code == null || code.isBlank() ? null : code);
                    Notifications.success(getTranslation("common.saved"));
                    build();
                });
            });
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("save-details");
            tab.add(save);
        }
        return tab;
    }

    private VerticalLayout cardsTab() {
        Grid<TraineeCard> grid = new Grid<>();
        LocalDate today = Time.today();
        grid.addColumn(c -> c.getCardType().getName()).setHeader(getTranslation("card.type")).setAutoWidth(true);
        Grid.Column<TraineeCard> issuedOn = grid.addColumn(c -> Formats.date(c.getIssuedOn()))
                .setHeader(getTranslation("card.issuedOn"));
        grid.addColumn(c -> c.getExpiresOn() == null ? getTranslation("card.noExpiry") : Formats.date(c.getExpiresOn()))
                .setHeader(getTranslation("card.expiresOn"));
        grid.addComponentColumn(c -> {
            Span badge = new Span();
            if (c.isExpiredOn(today)) {
                badge.setText(getTranslation("card.expired"));
                badge.addClassName("badge-error");
            } else if (c.isExpiringSoon(today)) {
                badge.setText(getTranslation("card.expiringSoon"));
                badge.addClassName("badge-warning");
            } else {
                badge.setText(getTranslation("card.valid"));
                badge.addClassName("badge-ok");
            }
            return badge;
        }).setHeader(getTranslation("card.state")).setAutoWidth(true);
        Grid.Column<TraineeCard> note = grid.addColumn(TraineeCard::getNote).setHeader(getTranslation("card.note"));
        grid.setItems(service.findCards(trainee.getId()));
        grid.setAllRowsVisible(true);
        grid.setId("cards");
        PhoneColumns.hide(grid, issuedOn, note); // a phone: the card, until when, its state; the rest in the dialog
        VerticalLayout tab = new VerticalLayout(grid);
        tab.setPadding(false);
        if (canEdit) {
            grid.addItemClickListener(e -> editCard(e.getItem(), grid));
            Button add = new Button(getTranslation("card.new"), VaadinIcon.PLUS.create(),
                    e -> editCard(new TraineeCard(), grid));
            add.setId("new-card");
            tab.add(add);
        }
        return tab;
    }

    private void editCard(TraineeCard card, Grid<TraineeCard> grid) {
        Dialog dialog = new Dialog(getTranslation(card.getId() == null ? "card.new" : "card.edit"));
        Binder<TraineeCard> binder = new Binder<>();
        ComboBox<CardType> type = new ComboBox<>(getTranslation("card.type"));
        type.setItems(service.findCardTypes().stream().filter(CardType::isActive).toList());
        type.setItemLabelGenerator(CardType::getName);
        DatePicker issued = Formats.datePicker(getTranslation("card.issuedOn"));
        issued.setMax(Time.today());
        DatePicker expires = Formats.datePicker(getTranslation("card.expiresOn"));
        TextField note = new TextField(getTranslation("card.note"));
        String required = getTranslation("validation.required");
        binder.forField(type).asRequired(required).bind(TraineeCard::getCardType, TraineeCard::setCardType);
        binder.forField(issued).asRequired(required)
                .withValidator(d -> !d.isAfter(Time.today()), getTranslation("card.error.issuedInFuture"))
                .bind(TraineeCard::getIssuedOn, TraineeCard::setIssuedOn);
        binder.forField(expires)
                .withValidator(d -> d == null || issued.getValue() == null || !d.isBefore(issued.getValue()),
                        getTranslation("card.error.expiresBeforeIssued"))
                .bind(TraineeCard::getExpiresOn, TraineeCard::setExpiresOn);
        note.setMaxLength(500);
        note.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("validation.maxLength", 500)));
        binder.forField(note)
                .withValidator(new com.vaadin.flow.data.validator.StringLengthValidator(
                        getTranslation("validation.maxLength", 500), 0, 500))
                .bind(TraineeCard::getNote, TraineeCard::setNote);
        binder.readBean(card);
        issued.addValueChangeListener(e -> {
            if (e.isFromClient() && expires.isEmpty() && type.getValue() != null && e.getValue() != null
                    && type.getValue().getValidityYears() != null) {
                expires.setValue(e.getValue().plusYears(type.getValue().getValidityYears()));
            }
        });
        dialog.add(new FormLayout(type, issued, expires, note));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(card)) {
                return;
            }
            Notifications.save(this, () -> {
                service.saveCard(trainee.getId(), card);
                grid.setItems(service.findCards(trainee.getId()));
                dialog.close();
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-card");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        if (card.getId() != null) {
            Button delete = new Button(getTranslation("common.delete"), c -> {
                service.deleteCard(card.getId());
                grid.setItems(service.findCards(trainee.getId()));
                dialog.close();
            });
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            dialog.getFooter().addComponentAsFirst(delete);
        }
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return trainee == null ? getTranslation("nav.trainees") : trainee.getDisplayName();
    }
}
