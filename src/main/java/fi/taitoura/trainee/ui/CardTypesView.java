package fi.taitoura.trainee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.trainee.CardType;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The editable list of cards and passes (hygieniapassi, työturvallisuuskortti, ...) that trainees can hold. */
@Menu(title = "nav.cardTypes", order = 915, icon = "vaadin:credit-card")
@Route("admin/card-types")
@RolesAllowed({Role.Names.ADMIN, Role.Names.TEAM_LEAD})
class CardTypesView extends VerticalLayout implements HasDynamicTitle {

    private final TraineeService service;
    private final Grid<CardType> grid = new Grid<>();

    CardTypesView(TraineeService service) {
        this.service = service;
        Button add = new Button(getTranslation("cardTypes.new"), VaadinIcon.PLUS.create(), e -> edit(new CardType()));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("new-card-type");
        grid.addColumn(CardType::getName).setHeader(getTranslation("cardTypes.name")).setAutoWidth(true);
        grid.addColumn(c -> c.getValidityYears() == null ? getTranslation("card.noExpiry")
                : getTranslation("cardTypes.years", c.getValidityYears())).setHeader(getTranslation("cardTypes.validity"));
        grid.addColumn(c -> getTranslation(c.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("cardTypes.active"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setId("card-types");
        grid.setAriaLabel(getTranslation("nav.cardTypes"));
        grid.setItems(service.findCardTypes());
        add(add, grid);
    }

    private void edit(CardType type) {
        Dialog dialog = new Dialog(getTranslation(type.getId() == null ? "cardTypes.new" : "cardTypes.edit"));
        Binder<CardType> binder = new Binder<>();
        TextField name = new TextField(getTranslation("cardTypes.name"));
        IntegerField years = new IntegerField(getTranslation("cardTypes.validity"));
        years.setHelperText(getTranslation("cardTypes.validityHelp"));
        Checkbox active = new Checkbox(getTranslation("cardTypes.active"));
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 100), 1, 100))
                .bind(CardType::getName, CardType::setName);
        binder.forField(years).withValidator(new IntegerRangeValidator(getTranslation("cardTypes.validityRange"), 1, 50))
                .bind(CardType::getValidityYears, CardType::setValidityYears);
        binder.forField(active).bind(CardType::isActive, CardType::setActive);
        if (type.getId() == null) {
            type.setActive(true);
        }
        binder.readBean(type);
        dialog.add(new FormLayout(name, years, active));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(type)) {
                return;
            }
            Notifications.save(this, () -> {
                service.saveCardType(type);
                grid.setItems(service.findCardTypes());
                dialog.close();
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-card-type");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cardTypes");
    }
}
