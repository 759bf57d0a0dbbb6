package fi.taitoura.employment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.employment.EmploymentAccess;
import fi.taitoura.employment.EmploymentRecords.CaseRow;
import fi.taitoura.employment.EmploymentRecords.Warning;
import fi.taitoura.employment.EmploymentService;
import fi.taitoura.employment.Phase;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The job coach's caseload (/employment): the team's open cases as cards (phone first), the phase of each, the
 * quality-criteria warnings and the days from agreement to the first employer contact; counts per phase on top.
 */
@Route("employment")
@Menu(title = "employment.nav", order = 120, icon = "vaadin:handshake")
@RolesAllowed({Role.Names.JOB_COACH, Role.Names.TEAM_LEAD})
@StyleSheet(Ui.STYLES)
class CaseloadView extends VerticalLayout implements HasDynamicTitle {

    private final EmploymentService service;
    private final TranslationProvider translations;
    private final Long me;
    private final Div cards = new Div();
    private final Div phaseCounts = new Div();
    private final RadioButtonGroup<Boolean> whose = new RadioButtonGroup<>();
    private final Checkbox closed = new Checkbox();
    private final TextField search = new TextField();
    private List<CaseRow> rows = List.of();

    CaseloadView(EmploymentService service, EmploymentAccess access, TranslationProvider translations,
                 CurrentUser currentUser) {
        this.service = service;
        this.translations = translations;
        this.me = currentUser.id().orElse(null);
        addClassName("caseload-view");
        if (!access.mayUseEmployment()) {
            add(new Paragraph(getTranslation("employment.noTeam")));
            return;
        }
        boolean jobCoach = currentUser.hasRole(Role.JOB_COACH);
        whose.setItems(true, false);
        whose.setItemLabelGenerator(mine -> getTranslation(mine ? "employment.caseload.mine"
                : "employment.caseload.team"));
        whose.setValue(jobCoach);
        whose.setId("caseload-whose");
        whose.setAriaLabel(getTranslation("employment.caseload.whose"));
        closed.setLabel(getTranslation("employment.caseload.showClosed"));
        closed.setId("caseload-closed");
        search.setPlaceholder(getTranslation("employment.caseload.search"));
        search.setAriaLabel(getTranslation("employment.caseload.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("caseload-search");
        whose.addValueChangeListener(e -> render());
        closed.addValueChangeListener(e -> load());
        search.addValueChangeListener(e -> render());

        HorizontalLayout bar = new HorizontalLayout(whose, closed, search);
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.addClassName("caseload-bar");
        if (jobCoach) {
            bar.add(Ui.action(getTranslation("employment.newCase"), VaadinIcon.PLUS, "new-case",
                    () -> new NewCaseDialog(service, translations, me, id -> getUI().ifPresent(
                            ui -> ui.navigate("employment/" + id))).open()));
        }
        phaseCounts.addClassName("phase-counts");
        phaseCounts.setId("phase-counts");
        cards.addClassName("case-cards");
        cards.setId("case-cards");
        add(bar, phaseCounts, cards);
        load();
    }

    private void load() {
        rows = service.caseload(closed.getValue());
        render();
    }

    private void render() {
        boolean mine = Boolean.TRUE.equals(whose.getValue());
        String q = search.getValue() == null ? "" : search.getValue().trim().toLowerCase();
        List<CaseRow> shown = rows.stream().filter(r -> !mine || Objects.equals(r.coachId(), me))
                .filter(r -> q.isEmpty() || r.clientName().toLowerCase().contains(q)).toList();
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        shown.stream().filter(CaseRow::open).forEach(r -> counts.merge(r.phase(), 1, Integer::sum));
        phaseCounts.removeAll();
        for (Phase p : Phase.values()) {
            Div box = new Div(new Span(String.valueOf(counts.getOrDefault(p, 0))),
                    new Span(p.number() + " " + getTranslation("employment.phase.short." + p)));
            box.getElement().setAttribute("title", p.number() + " " + translations.enumLabel(p, getLocale()));
            box.addClassName("phase-count");
            box.addClassName("phase-" + p.number());
            phaseCounts.add(box);
        }
        cards.removeAll();
        if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("employment.caseload.empty")));
        }
        for (CaseRow r : shown) {
            cards.add(card(r));
        }
    }

    private Div card(CaseRow r) {
        Div card = new Div();
        card.addClassName("case-card");
        if (!r.warnings().isEmpty()) {
            card.addClassName("case-card-warning");
        }
        Anchor name = new Anchor("employment/" + r.id(), r.clientName());
        name.setId("case-" + r.id());
        name.addClassName("case-card-name");
        H3 title = new H3(name);
        Div chips = new Div(Ui.phaseBadge(r.phase(), translations, getLocale()));
        chips.addClassName("case-card-chips");
        if (!r.open()) {
            chips.add(Ui.badge(getTranslation("employment.closedOn", Ui.date(r.closedOn())) + " · "
                    + translations.enumLabel(r.outcome(), getLocale()), "neutral"));
        }
        if (r.inWork()) {
            chips.add(Ui.badge(getTranslation("employment.inWork"), "ok"));
        }
        if (r.variant() == fi.taitoura.employment.CaseVariant.STUDENT) {
            chips.add(Ui.badge(getTranslation("employment.student"), "neutral"));
        }
        Div facts = new Div();
        facts.addClassName("case-card-facts");
        facts.add(new Span(getTranslation("employment.field.coach") + ": "
                + (r.coachName() == null ? getTranslation("employment.noCoach") : r.coachName())));
        facts.add(new Span(getTranslation("employment.field.referredOn") + " " + Ui.date(r.referredOn())));
        if (r.daysToFirstContact() != null) {
            Span days = new Span(getTranslation(r.firstContactOn() == null ? "employment.daysSinceAgreement"
                    : "employment.daysToFirstContact", r.daysToFirstContact()));
            days.addClassName(r.daysToFirstContact() > 30 ? "days-late" : "days-ok");
            facts.add(days);
        }
        card.add(title, chips, facts);
        for (Warning w : r.warnings()) {
            Span warning = new Span(Ui.warningText(this, w));
            warning.addClassName("case-card-alert");
            card.add(warning);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employment.caseload.title");
    }
}
