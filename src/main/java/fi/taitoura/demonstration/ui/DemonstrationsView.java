package fi.taitoura.demonstration.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.demonstration.DemonstrationDocuments;
import fi.taitoura.demonstration.DemonstrationRecords.Summary;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.demonstration.DemonstrationStatus;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The worklist: a teacher's assigned demonstrations (awaiting assessment, upcoming, done); for coaches and career
 * agents the demonstrations of their trainees.
 */
@Menu(title = "demonstration.nav", order = 250, icon = "vaadin:academy-cap")
@Route("demonstrations")
@RolesAllowed({Role.Names.TEACHER, Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEAM_LEAD})
class DemonstrationsView extends VerticalLayout implements HasDynamicTitle {

    DemonstrationsView(DemonstrationService service, DemonstrationDocuments documents,
                       TranslationProvider translations) {
        addClassName("demonstrations-view");
        List<Summary> rows = service.worklist();
        LocalDate today = Time.today();
        section("awaiting", rows, s -> s.awaitingAssessment(today), translations, documents);
        section("upcoming", rows, s -> s.status() == DemonstrationStatus.PLANNED && !s.awaitingAssessment(today),
                translations, documents);
        section("done", rows, s -> s.status() != DemonstrationStatus.PLANNED, translations, documents);
    }

    private void section(String name, List<Summary> rows, Predicate<Summary> filter, TranslationProvider translations,
                         DemonstrationDocuments documents) {
        List<Summary> selected = rows.stream().filter(filter).toList();
        H3 heading = new H3(getTranslation("demonstration.list." + name));
        add(heading);
        if (selected.isEmpty()) {
            add(new Paragraph(getTranslation("demonstration.list.none")));
            return;
        }
        DemonstrationGrid grid = new DemonstrationGrid(translations, documents, true, selected);
        grid.setId("demonstrations-" + name);
        grid.setAriaLabel(heading.getText());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demonstration.nav");
    }
}
