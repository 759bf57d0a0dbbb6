package fi.taitoura.employment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.employment.EmploymentAccess;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentRecords.TeamView;
import fi.taitoura.employment.EmploymentTeamService;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserPlacements;
import fi.taitoura.user.UserPlacements.Placement;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Teams of job coaches (/admin/employment-teams): administrators create teams; administrators and the team's team
 * leads choose its members. Cases and the employer register belong to a team.
 */
@Route("admin/employment-teams")
@Menu(title = "employment.teams.nav", order = 930, icon = "vaadin:group")
@RolesAllowed({Role.Names.ADMIN, Role.Names.TEAM_LEAD})
@StyleSheet(Ui.STYLES)
class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final EmploymentTeamService service;
    private final EmploymentAccess access;
    private final UserPlacements placements;
    private final Div list = new Div();

    TeamsView(EmploymentTeamService service, EmploymentAccess access, UserPlacements placements) {
        this.service = service;
        this.access = access;
        this.placements = placements;
        addClassName("teams-view");
        add(new Paragraph(getTranslation("employment.teams.help")));
        if (access.mayCreateTeams()) {
            add(Ui.action(getTranslation("employment.teams.new"), VaadinIcon.PLUS, "new-team", () -> edit(null)));
        }
        list.addClassName("case-cards");
        add(list);
        load();
    }

    private void load() {
        list.removeAll();
        List<TeamView> teams = service.teams();
        if (teams.isEmpty()) {
            list.add(new Paragraph(getTranslation("employment.teams.none")));
        }
        for (TeamView t : teams) {
            Div card = new Div();
            card.addClassName("case-card");
            card.setId("team-" + t.id());
            card.add(new H3(t.name() + (t.active() ? "" : " (" + getTranslation("employer.inactive") + ")")));
            card.add(Ui.field(getTranslation("employment.teams.members"),
                    t.members().stream().map(Ref::name).collect(Collectors.joining(", "))));
            Div buttons = new Div();
            buttons.addClassName("form-row-buttons");
            if (access.mayManageTeam(t.id())) {
                Button members = new Button(getTranslation("employment.teams.editMembers"),
                        VaadinIcon.USERS.create(), e -> members(t));
                members.setId("team-members-" + t.id());
                buttons.add(members);
            }
            if (access.mayCreateTeams()) {
                Button rename = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(), e -> edit(t));
                buttons.add(rename);
            }
            card.add(buttons);
            list.add(card);
        }
    }

    private void edit(TeamView team) {
        Dialog d = Ui.dialog(getTranslation(team == null ? "employment.teams.new" : "employment.teams.edit"),
                "team-dialog");
        ComboBox<Placement> organisation = new ComboBox<>(getTranslation("employment.teams.organisation"));
        List<Placement> organisations = placements.organisations();
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Placement::label);
        organisation.setId("team-organisation");
        TextField name = Ui.line(getTranslation("employment.teams.name"), "team-name", 200);
        Checkbox active = new Checkbox(getTranslation("employer.active"), true);
        if (team != null) {
            organisations.stream().filter(o -> o.id().equals(team.organisationId())).findFirst()
                    .ifPresent(organisation::setValue);
            name.setValue(team.name());
            active.setValue(team.active());
        }
        d.add(Ui.form(organisation, name, active));
        d.getFooter().add(Ui.cancel(d), Ui.primary(getTranslation("common.save"), "team-save", () -> {
            String required = getTranslation("validation.required");
            boolean ok = CaseDialogs.requireValue(organisation, organisation.getValue() == null, required)
                    & CaseDialogs.requireValue(name, name.getValue().isBlank(), required);
            if (!ok) {
                return;
            }
            Ui.save(this, d, () -> service.saveTeam(team == null ? null : team.id(), team == null ? 0
                    : team.version(), organisation.getValue().id(), name.getValue(), active.getValue()),
                    id -> load());
        }));
        d.open();
    }

    private void members(TeamView team) {
        Dialog d = Ui.dialog(getTranslation("employment.teams.editMembers"), "members-dialog");
        MultiSelectComboBox<Ref> members = new MultiSelectComboBox<>(getTranslation("employment.teams.members"));
        List<Ref> possible = service.possibleMembers();
        members.setItems(possible);
        members.setItemLabelGenerator(Ref::name);
        members.setId("team-members");
        members.setWidthFull();
        Set<Long> current = team.members().stream().map(Ref::id).collect(Collectors.toSet());
        members.setValue(possible.stream().filter(r -> current.contains(r.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        d.add(new Paragraph(team.name()), members);
        d.getFooter().add(Ui.cancel(d), Ui.primary(getTranslation("common.save"), "members-save", () ->
                Ui.save(this, d, () -> {
                    service.setMembers(team.id(), team.version(), members.getValue().stream().map(Ref::id)
                            .collect(Collectors.toSet()));
                    return null;
                }, x -> load())));
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employment.teams.title");
    }
}
