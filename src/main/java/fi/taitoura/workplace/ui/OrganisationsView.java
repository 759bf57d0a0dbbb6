package fi.taitoura.workplace.ui;

import fi.taitoura.base.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.security.Role;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.OrganisationType;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;

/** Organisations and their work units, as basic records. */
@Menu(title = "nav.organisations", order = 910, icon = "vaadin:building")
@Route("admin/organisations")
@RolesAllowed(Role.Names.ADMIN)
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final WorkplaceService service;
    private final TranslationProvider translations;
    private final Grid<Organisation> organisations = new Grid<>();
    private final Grid<WorkUnit> units = new Grid<>();
    private final H3 unitsTitle = new H3();
    private final Button addUnit = new Button();

    OrganisationsView(WorkplaceService service, TranslationProvider translations) {
        this.service = service;
        this.translations = translations;
        setSizeFull();

        Button addOrg = new Button(getTranslation("organisations.new"), VaadinIcon.PLUS.create(),
                e -> editOrganisation(new Organisation()));
        addOrg.addThemeVariants(ButtonVariant.PRIMARY);
        addOrg.setId("new-organisation");
        addOrg.setVisible(service.canCreateOrganisations());

        organisations.addColumn(Organisation::getName).setHeader(getTranslation("organisation.name"))
                .setSortable(true).setAutoWidth(true);
        var typeColumn = organisations.addColumn(o -> translations.enumLabel(o.getType(), getLocale()))
                .setHeader(getTranslation("organisation.type"));
        var municipalityColumn = organisations.addColumn(Organisation::getMunicipality).setHeader(getTranslation("organisation.municipality"));
        PhoneColumns.hide(organisations, typeColumn, municipalityColumn); // a phone: name and edit
        organisations.addComponentColumn(o -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editOrganisation(o));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.setAriaLabel(getTranslation("common.edit") + " " + o.getName());
            return edit;
        }).setFlexGrow(0).setAutoWidth(true);
        organisations.setAriaLabel(getTranslation("nav.organisations"));
        organisations.setId("organisations");
        PhoneColumns.hide(units); // a phone: the columns share the width
        organisations.asSingleSelect().addValueChangeListener(e -> showUnits(e.getValue()));

        units.addColumn(WorkUnit::getName).setHeader(getTranslation("workUnit.name")).setAutoWidth(true);
        units.addColumn(w -> getTranslation(w.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("workUnit.active"));
        units.addComponentColumn(w -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editUnit(w));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.setAriaLabel(getTranslation("common.edit") + " " + w.getName());
            return edit;
        }).setFlexGrow(0).setAutoWidth(true);
        units.setAriaLabel(getTranslation("organisations.units"));
        units.setId("work-units");

        addUnit.setText(getTranslation("workUnit.new"));
        addUnit.setIcon(VaadinIcon.PLUS.create());
        addUnit.setId("new-work-unit");
        addUnit.addClickListener(e -> {
            WorkUnit w = new WorkUnit();
            w.setOrganisation(organisations.asSingleSelect().getValue());
            editUnit(w);
        });

        VaadinLayoutHelper left = new VaadinLayoutHelper(new HorizontalLayout(addOrg), organisations);
        VaadinLayoutHelper right = new VaadinLayoutHelper(new HorizontalLayout(unitsTitle, addUnit), units);
        SplitLayout split = new SplitLayout(left, right);
        split.setSizeFull();
        split.setSplitterPosition(55);
        add(split);
        refresh(null);
        showUnits(null);
    }

    /** A full-height column of a toolbar and a grid. */
    private static final class VaadinLayoutHelper extends VerticalLayout {
        VaadinLayoutHelper(HorizontalLayout toolbar, Grid<?> grid) {
            setPadding(false);
            setSizeFull();
            toolbar.setAlignItems(Alignment.BASELINE);
            add(toolbar, grid);
        }
    }

    private void refresh(Organisation select) {
        organisations.setItems(service.findAdministeredOrganisations());
        if (select != null) {
            organisations.select(select);
        }
    }

    private void showUnits(Organisation organisation) {
        unitsTitle.setText(organisation == null ? getTranslation("organisations.selectOne")
                : getTranslation("organisations.unitsOf", organisation.getName()));
        addUnit.setEnabled(organisation != null);
        units.setItems(organisation == null ? java.util.List.of() : service.findWorkUnits(organisation));
    }

    private void editOrganisation(Organisation organisation) {
        Binder<Organisation> binder = new Binder<>();
        TextField name = new TextField(getTranslation("organisation.name"));
        ComboBox<OrganisationType> type = new ComboBox<>(getTranslation("organisation.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> translations.enumLabel(t, getLocale()));
        TextField municipality = new TextField(getTranslation("organisation.municipality"));
        TextField businessId = new TextField(getTranslation("organisation.businessId"));
        businessId.setHelperText("1234567-8");
        Checkbox active = new Checkbox(getTranslation("organisation.active"));
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 1, 200))
                .bind(Organisation::getName, Organisation::setName);
        binder.forField(type).asRequired(getTranslation("validation.required"))
                .bind(Organisation::getType, Organisation::setType);
        binder.forField(municipality)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 100), 0, 100))
                .bind(Organisation::getMunicipality, Organisation::setMunicipality);
        binder.forField(businessId)
                .withValidator(new RegexpValidator(getTranslation("validation.businessId"), "^$|^\\d{7}-\\d$"))
                .bind(Organisation::getBusinessId, Organisation::setBusinessId);
        binder.forField(active).bind(Organisation::isActive, Organisation::setActive);
        openDialog(getTranslation(organisation.getId() == null ? "organisations.new" : "organisations.edit"),
                new FormLayout(name, type, municipality, businessId, active), binder, organisation, o -> {
                    Organisation saved = service.saveOrganisation(o);
                    refresh(saved);
                });
    }

    private void editUnit(WorkUnit unit) {
        Binder<WorkUnit> binder = new Binder<>();
        TextField name = new TextField(getTranslation("workUnit.name"));
        Checkbox active = new Checkbox(getTranslation("workUnit.active"));
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 1, 200))
                .bind(WorkUnit::getName, WorkUnit::setName);
        binder.forField(active).bind(WorkUnit::isActive, WorkUnit::setActive);
        openDialog(getTranslation(unit.getId() == null ? "workUnit.new" : "workUnit.edit"),
                new FormLayout(name, active), binder, unit, w -> {
                    service.saveWorkUnitBasics(w);
                    showUnits(w.getOrganisation());
                });
    }

    private <T> void openDialog(String title, FormLayout form, Binder<T> binder, T bean, Consumer<T> save) {
        Dialog dialog = new Dialog(title);
        dialog.setWidth("min(36rem, 100vw)");
        binder.readBean(bean);
        dialog.add(form);
        Button saveButton = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            Notifications.save(this, () -> {
                save.accept(bean);
                Notifications.success(getTranslation("common.saved"));
                dialog.close();
            });
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setId("save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), saveButton);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations");
    }
}
