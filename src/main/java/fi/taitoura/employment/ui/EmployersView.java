package fi.taitoura.employment.ui;

import fi.taitoura.base.ui.PhoneColumns;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.employment.EmployerService;
import fi.taitoura.employment.EmploymentAccess;
import fi.taitoura.employment.EmploymentRecords.EmployerRow;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentService;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The team's shared employer register (/employers): who the team works with, how many contacts and jobs each has,
 * the last contact. Adding an employer and recording a contact start here too.
 */
@Route("employers")
@Menu(title = "employer.nav", order = 130, icon = "vaadin:factory")
@RolesAllowed({Role.Names.JOB_COACH, Role.Names.TEAM_LEAD})
@StyleSheet(Ui.STYLES)
class EmployersView extends VerticalLayout implements HasDynamicTitle {

    private final EmployerService service;
    private final Grid<EmployerRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private List<EmployerRow> rows = List.of();

    EmployersView(EmployerService service, EmploymentService employment, EmploymentAccess access,
                  TranslationProvider translations) {
        this.service = service;
        addClassName("employers-view");
        if (!access.mayUseEmployment()) {
            add(new Paragraph(getTranslation("employment.noTeam")));
            return;
        }
        List<Ref> teams = employment.myTeams();
        Select<Ref> team = new Select<>();
        team.setLabel(getTranslation("employment.field.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(Ref::name);
        team.setValue(teams.get(0));
        team.setVisible(teams.size() > 1);
        search.setPlaceholder(getTranslation("employer.search"));
        search.setAriaLabel(getTranslation("employer.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("employer-search");
        search.addValueChangeListener(e -> filter());
        HorizontalLayout bar = new HorizontalLayout(team, search);
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        bar.add(Ui.action(getTranslation("employer.new"), VaadinIcon.PLUS, "new-employer",
                () -> EmployerView.editor(this, service, team.getValue().id(), null,
                        id -> getUI().ifPresent(ui -> ui.navigate("employers/" + id))).open()));
        if (access.mayRecordContacts(team.getValue().id())) {
            bar.add(Ui.action(getTranslation("employment.action.contact"), VaadinIcon.HANDSHAKE,
                    "record-contact-register", () -> new ContactDialog(service, translations, team.getValue().id(),
                            null, null, null, this::load).open()));
        }

        grid.addComponentColumn(r -> {
            Anchor a = new Anchor("employers/" + r.id(), r.name());
            a.setId("employer-" + r.id());
            return a;
        }).setHeader(getTranslation("employer.name")).setFlexGrow(2).setSortable(true)
                .setComparator(EmployerRow::name);
        var sectorColumn = grid.addColumn(r -> r.sector() == null ? "" : r.sector()).setHeader(getTranslation("employer.sector"))
                .setFlexGrow(1);
        var contactsColumn = grid.addColumn(EmployerRow::contacts).setHeader(getTranslation("employer.contacts")).setAutoWidth(true)
                .setSortable(true);
        var lastContactColumn = grid.addColumn(r -> Ui.date(r.lastContact())).setHeader(getTranslation("employer.lastContact"))
                .setAutoWidth(true).setSortable(true).setComparator(r -> r.lastContact() == null
                        ? java.time.LocalDate.MIN : r.lastContact());
        grid.addColumn(r -> r.ongoingJobs() + " / " + r.jobs()).setHeader(getTranslation("employer.jobs"))
                .setAutoWidth(true);
        PhoneColumns.hide(grid, sectorColumn, contactsColumn, lastContactColumn); // a phone: employer and jobs
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("employers");
        grid.setAllRowsVisible(true);
        add(bar, grid);
        load();
    }

    private void load() {
        rows = service.register();
        filter();
    }

    private void filter() {
        String q = search.getValue() == null ? "" : search.getValue().trim().toLowerCase();
        grid.setItems(rows.stream().filter(r -> q.isEmpty() || r.name().toLowerCase().contains(q)
                || (r.sector() != null && r.sector().toLowerCase().contains(q))).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employer.title");
    }
}
