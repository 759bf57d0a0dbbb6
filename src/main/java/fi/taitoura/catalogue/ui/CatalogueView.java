package fi.taitoura.catalogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.catalogue.CatalogueDto.QualificationSummary;
import fi.taitoura.catalogue.CatalogueDto.RequirementView;
import fi.taitoura.catalogue.CatalogueDto.SearchGroup;
import fi.taitoura.catalogue.CatalogueDto.UnitHit;
import fi.taitoura.catalogue.CatalogueService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * The competence catalogue: search across qualifications, units and requirement texts (results grouped by
 * qualification), or, without a search, every qualification with its validity. {@code /catalogue?q=...} is a
 * stable address of a search.
 */
@Menu(title = "catalogue.nav", order = 600, icon = "vaadin:book")
@Route("catalogue")
@PermitAll
@com.vaadin.flow.component.dependency.StyleSheet("styles/catalogue.css")
class CatalogueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int REQUIREMENTS_SHOWN = 3;

    private final CatalogueService catalogue;
    private final TextField search = new TextField();
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();

    CatalogueView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("catalogue-view");
        search.setLabel(getTranslation("catalogue.search.label"));
        search.setPlaceholder(getTranslation("catalogue.search.placeholder"));
        search.setHelperText(getTranslation("catalogue.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setWidthFull();
        search.setMaxWidth("40rem");
        search.setId("catalogue-search");
        search.addValueChangeListener(e -> {
            show(e.getValue());
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        e.getValue().isBlank() ? "catalogue"
                                : "catalogue?" + QueryParameters.simple(Map.of("q", e.getValue().trim()))
                                .getQueryString()));
            }
        });
        status.addClassName("catalogue-status");
        status.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("role", "status");
        results.addClassName("catalogue-results");
        results.setWidthFull();
        add(search, status, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        if (q.equals(search.getValue())) {
            show(q);
        } else {
            search.setValue(q);
        }
    }

    private void show(String query) {
        results.removeAll();
        if (query == null || query.trim().length() < 2) {
            List<QualificationSummary> all = catalogue.listQualifications();
            status.setText(getTranslation("catalogue.list.count", all.size()));
            if (all.isEmpty()) {
                results.add(new Paragraph(getTranslation("catalogue.list.empty")));
            }
            for (QualificationSummary q : all) {
                results.add(qualificationCard(q));
            }
            return;
        }
        List<SearchGroup> groups = catalogue.search(query, getLocale());
        int units = groups.stream().mapToInt(g -> g.units().size()).sum();
        status.setText(groups.isEmpty() ? getTranslation("catalogue.search.none", query.trim())
                : getTranslation("catalogue.search.count", units, groups.size()));
        for (SearchGroup g : groups) {
            results.add(group(g));
        }
    }

    private Div qualificationCard(QualificationSummary q) {
        RouterLink link = new RouterLink(CatalogueUi.in(this, q.name()), QualificationView.class,
                new RouteParameters("qualificationId", String.valueOf(q.id())));
        link.addClassName("catalogue-qualification-link");
        Div meta = new Div(new Span(getTranslation("catalogue.diaryNumber") + " " + q.diaryNumber()),
                new Span(getTranslation("catalogue.unitCount", q.unitCount())), CatalogueUi.validityBadge(this, q));
        meta.addClassName("catalogue-meta");
        Div card = new Div(new H3(link), meta);
        card.addClassName("catalogue-card");
        if (q.isExpiredOn(CatalogueUi.today())) {
            card.addClassName("expired");
        }
        return card;
    }

    private Div group(SearchGroup g) {
        Div card = qualificationCard(g.qualification());
        card.addClassName("catalogue-group");
        UnorderedList list = new UnorderedList();
        list.addClassName("catalogue-hits");
        for (UnitHit hit : g.units()) {
            RouterLink link = new RouterLink(hit.unit().code() + " " + CatalogueUi.in(this, hit.unit().name()),
                    UnitView.class, new RouteParameters("code", hit.unit().code()));
            link.setQueryParameters(QueryParameters.of(UnitView.QUALIFICATION_PARAMETER,
                    String.valueOf(g.qualification().id())));
            link.addClassName("catalogue-unit-link");
            ListItem item = new ListItem(link);
            if (hit.unit().credits() != null) {
                Span credits = new Span(CatalogueUi.credits(this, hit.unit().credits()));
                credits.addClassName("catalogue-credits");
                item.add(credits);
            }
            if (!hit.unit().current()) {
                Span old = new Span(getTranslation("catalogue.notCurrent"));
                old.addClassName("catalogue-badge");
                old.addClassName("expired");
                item.add(old);
            }
            List<RequirementView> reqs = hit.matchingRequirements();
            if (!reqs.isEmpty()) {
                UnorderedList matches = new UnorderedList();
                matches.addClassName("catalogue-matches");
                reqs.stream().limit(REQUIREMENTS_SHOWN)
                        .forEach(r -> matches.add(new ListItem(CatalogueUi.text(this, r.text()))));
                if (reqs.size() > REQUIREMENTS_SHOWN) {
                    matches.add(new ListItem(getTranslation("catalogue.search.moreRequirements",
                            reqs.size() - REQUIREMENTS_SHOWN)));
                }
                item.add(matches);
            }
            list.add(item);
        }
        if (!g.units().isEmpty()) {
            card.add(list);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
