package fi.taitoura.user.ui;

import fi.taitoura.base.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.user.UserPlacements;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** User administration: create, edit, deactivate, reset password, roles, organisation and work units. */
@Menu(title = "nav.users", order = 900, icon = "vaadin:users")
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final UserPlacements placements;
    private final TranslationProvider translations;
    private final Grid<AppUser> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<AppUser> all = List.of();

    private java.util.Map<Long, String> organisationNames = java.util.Map.of();

    UsersView(UserService users, UserPlacements placements, TranslationProvider translations) {
        this.users = users;
        this.placements = placements;
        this.translations = translations;
        setSizeFull();

        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> applyFilter());

        Button add = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> edit(new AppUser()));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("new-user");
        HorizontalLayout toolbar = new HorizontalLayout(filter, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(filter);

        grid.addColumn(AppUser::getFullName).setHeader(getTranslation("user.fullName")).setSortable(true)
                .setAutoWidth(true);
        var usernameColumn = grid.addColumn(AppUser::getUsername).setHeader(getTranslation("user.username")).setSortable(true);
        grid.addColumn(u -> u.getRoles().stream().sorted().map(r -> translations.enumLabel(r, getLocale()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles"));
        var organisationColumn = grid.addColumn(u -> u.getOrganisationId() == null ? "" : organisationNames.getOrDefault(u.getOrganisationId(), ""))
                .setHeader(getTranslation("user.organisation"));
        var activeColumn = grid.addColumn(u -> getTranslation(u.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("user.active")).setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hide(grid, usernameColumn, organisationColumn, activeColumn); // a phone: name and roles; a tap edits
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAriaLabel(getTranslation("nav.users"));
        add(toolbar, grid);
        refresh();
    }

    private void edit(AppUser user) {
        new UserDialog(user, users, placements, translations, this::refresh).open();
    }

    void refresh() {
        organisationNames = placements.organisations().stream()
                .collect(Collectors.toMap(UserPlacements.Placement::id, UserPlacements.Placement::label));
        all = users.findAll();
        applyFilter();
    }

    private void applyFilter() {
        String f = filter.getValue().trim().toLowerCase();
        grid.setItems(f.isEmpty() ? all : all.stream().filter(u -> u.getFullName().toLowerCase().contains(f)
                || u.getUsername().contains(f)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
