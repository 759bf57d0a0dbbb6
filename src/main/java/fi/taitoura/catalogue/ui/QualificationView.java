package fi.taitoura.catalogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.catalogue.CatalogueDto.QualificationDetail;
import fi.taitoura.catalogue.CatalogueDto.QualificationSummary;
import fi.taitoura.catalogue.CatalogueDto.StructureView;
import fi.taitoura.catalogue.CatalogueDto.TitleView;
import fi.taitoura.catalogue.CatalogueDto.UnitSummary;
import fi.taitoura.catalogue.CatalogueService;
import fi.taitoura.catalogue.QualificationTitleKind;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One qualification: validity, diary number, competence areas and titles, and its units with their sub-areas. */
@Route("catalogue/:qualificationId([0-9]+)")
@PermitAll
@com.vaadin.flow.component.dependency.StyleSheet("styles/catalogue.css")
class QualificationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CatalogueService catalogue;
    private String title = "";

    QualificationView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("catalogue-qualification-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("qualificationId").orElse(null);
        QualificationDetail detail = id == null ? null : catalogue.findQualificationDetail(id).orElse(null);
        if (detail == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(detail);
    }

    private void show(QualificationDetail detail) {
        removeAll();
        QualificationSummary q = detail.qualification();
        title = CatalogueUi.in(this, q.name());
        add(new RouterLink(getTranslation("catalogue.back"), CatalogueView.class));
        add(new H2(CatalogueUi.text(this, q.name())));
        Div facts = new Div();
        facts.addClassName("catalogue-facts");
        fact(facts, "catalogue.diaryNumber", q.diaryNumber());
        Div validity = fact(facts, "catalogue.validity", CatalogueUi.date(this, q.validFrom()) + " – "
                + (q.validTo() == null ? "" : CatalogueUi.date(this, q.validTo())));
        validity.add(CatalogueUi.validityBadge(this, q));
        if (q.transitionEnds() != null) {
            fact(facts, "catalogue.transitionEnds", CatalogueUi.date(this, q.transitionEnds()));
        }
        if (q.educationCodes() != null) {
            fact(facts, "catalogue.educationCodes", q.educationCodes().replace(",", ", "));
        }
        if (!q.replacedDiaryNumbers().isEmpty()) {
            fact(facts, "catalogue.replaces", String.join(", ", q.replacedDiaryNumbers()));
        }
        fact(facts, "catalogue.source", q.source());
        fact(facts, "catalogue.importedAt", CatalogueUi.date(this, q.importedAt().atZone(CatalogueUi.ZONE).toLocalDate()));
        add(facts);
        if (q.singleUnit()) {
            add(new Span(getTranslation("catalogue.singleUnit.explained")));
        }
        titles(detail.titles(), QualificationTitleKind.COMPETENCE_AREA, "catalogue.competenceAreas");
        titles(detail.titles(), QualificationTitleKind.TITLE, "catalogue.titles");

        structure(detail);

        add(new H3(getTranslation("catalogue.units")));
        UnorderedList units = new UnorderedList();
        units.addClassName("catalogue-units");
        for (UnitSummary u : detail.units().stream().filter(x -> x.parentId() == null).toList()) {
            ListItem item = unitItem(u, q.id());
            List<UnitSummary> subAreas = detail.units().stream().filter(x -> u.id().equals(x.parentId())).toList();
            if (!subAreas.isEmpty()) {
                UnorderedList subList = new UnorderedList();
                subList.addClassName("catalogue-subareas");
                subAreas.forEach(s -> subList.add(unitItem(s, q.id())));
                item.add(subList);
            }
            units.add(item);
        }
        add(units);
        add(CatalogueUi.attribution(this, q.diaryNumber()));
    }

    /** The qualification's structure per completion mode: groups with their rules, units linked to their pages. */
    private void structure(QualificationDetail detail) {
        List<StructureView> roots = detail.structure().stream().filter(r -> !r.children().isEmpty()).toList();
        if (roots.isEmpty()) {
            return;
        }
        Div section = new Div(new H3(getTranslation("catalogue.structure")));
        section.addClassName("catalogue-section");
        section.setId("structure");
        Map<String, UnitSummary> byCode = new HashMap<>();
        detail.units().stream().filter(u -> u.parentId() == null).forEach(u -> byCode.putIfAbsent(u.code(), u));
        for (StructureView root : roots) {
            if (roots.size() > 1) {
                section.add(new H4(getTranslation("catalogue.structure.mode",
                        modeLabel(root.mode()))));
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("catalogue-structure");
            root.children().forEach(c -> list.add(structureItem(c, byCode, detail.qualification().id())));
            section.add(list);
        }
        add(section);
    }

    private String modeLabel(String mode) {
        String key = "catalogue.structure.mode." + mode;
        return List.of("reformi", "ops", "naytto").contains(mode) ? getTranslation(key) : mode;
    }

    private ListItem structureItem(StructureView n, Map<String, UnitSummary> byCode, Long qualificationId) {
        ListItem item = new ListItem();
        if (n.unit()) {
            UnitSummary u = n.unitCode() == null ? null : byCode.get(n.unitCode());
            item.add(u == null ? new Span(n.unitCode() == null ? String.valueOf(n.viiteId()) : n.unitCode())
                    : unitLink(u, qualificationId));
            BigDecimal credits = n.unitCredits() != null ? n.unitCredits() : u == null ? null : u.credits();
            if (credits != null) {
                Span c = new Span(CatalogueUi.credits(this, credits));
                c.addClassName("catalogue-credits");
                item.add(c);
            }
        } else {
            Span name = new Span(n.name() == null ? getTranslation("catalogue.structure.unnamed")
                    : CatalogueUi.in(this, n.name()));
            name.addClassName("catalogue-structure-group");
            item.add(name);
            String rule = creditRule(n.minCredits(), n.maxCredits());
            if (rule != null) {
                Span c = new Span(rule);
                c.addClassName("catalogue-credits");
                item.add(c);
            }
            if (n.competenceAreaCode() != null) {
                Span area = new Span(getTranslation("catalogue.structure.competenceArea", n.competenceAreaCode()));
                area.addClassName("catalogue-badge");
                item.add(area);
            }
        }
        if (n.mandatory()) {
            Span mandatory = new Span(getTranslation("catalogue.structure.mandatory"));
            mandatory.addClassName("catalogue-badge");
            item.add(mandatory);
        }
        if (!n.children().isEmpty()) {
            UnorderedList sub = new UnorderedList();
            n.children().forEach(c -> sub.add(structureItem(c, byCode, qualificationId)));
            item.add(sub);
        }
        return item;
    }

    private String creditRule(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return null;
        }
        if (min != null && max != null && min.compareTo(max) == 0) {
            return CatalogueUi.credits(this, min);
        }
        if (max == null) {
            return getTranslation("catalogue.structure.atLeast", CatalogueUi.credits(this, min));
        }
        return (min == null ? "0" : min.stripTrailingZeros().toPlainString()) + "–" + CatalogueUi.credits(this, max);
    }

    private ListItem unitItem(UnitSummary u, Long qualificationId) {
        ListItem item = new ListItem(unitLink(u, qualificationId));
        if (u.credits() != null) {
            Span credits = new Span(CatalogueUi.credits(this, u.credits()));
            credits.addClassName("catalogue-credits");
            item.add(credits);
        }
        if (!u.current()) {
            Span old = new Span(getTranslation("catalogue.notCurrent"));
            old.addClassNames("catalogue-badge", "expired");
            item.add(old);
        }
        return item;
    }

    private RouterLink unitLink(UnitSummary u, Long qualificationId) {
        RouterLink link = new RouterLink(u.code() + " " + CatalogueUi.in(this, u.name()), UnitView.class,
                new RouteParameters("code", u.code()));
        link.setQueryParameters(QueryParameters.of(UnitView.QUALIFICATION_PARAMETER, String.valueOf(qualificationId)));
        return link;
    }

    private void titles(List<TitleView> all, QualificationTitleKind kind, String headingKey) {
        List<TitleView> titles = all.stream().filter(t -> t.kind() == kind).toList();
        if (titles.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(headingKey)));
        UnorderedList list = new UnorderedList();
        titles.forEach(t -> list.add(new ListItem(CatalogueUi.text(this, t.name()))));
        add(list);
    }

    private Div fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("catalogue-fact-label");
        Div row = new Div(label, new Span(value == null ? "" : value));
        row.addClassName("catalogue-fact");
        facts.add(row);
        return row;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("catalogue.title") : title;
    }
}
