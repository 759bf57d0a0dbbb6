package fi.taitoura.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
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
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.catalogue.CatalogueDto;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.catalogue.CatalogueDto.AreaView;
import fi.taitoura.catalogue.CatalogueDto.CriterionView;
import fi.taitoura.catalogue.CatalogueDto.RequirementView;
import fi.taitoura.catalogue.CatalogueDto.TargetView;
import fi.taitoura.catalogue.CatalogueDto.UnitDetail;
import fi.taitoura.catalogue.CatalogueDto.UnitSummary;
import fi.taitoura.catalogue.CatalogueService;
import fi.taitoura.catalogue.LevelScale;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A unit (or a common unit's sub-area) by its code: credits, the qualification and its validity, how competence is
 * demonstrated, requirement areas and requirements, and the assessment targets with their criteria per level side
 * by side. A code in several qualifications shows the newest (or the one in {@code ?qualification=ID}) with links
 * to the others.
 */
@Route("catalogue/unit/:code")
@PermitAll
@com.vaadin.flow.component.dependency.StyleSheet("styles/catalogue.css")
class UnitView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String QUALIFICATION_PARAMETER = "qualification";

    private final CatalogueService catalogue;
    private final TranslationProvider translations;
    private String title = "";

    UnitView(CatalogueService catalogue, TranslationProvider translations) {
        this.catalogue = catalogue;
        this.translations = translations;
        addClassName("catalogue-unit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        List<UnitSummary> candidates = catalogue.findUnitsByCode(code);
        if (candidates.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter(QUALIFICATION_PARAMETER)
                .filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        UnitSummary chosen = candidates.stream().filter(u -> u.qualificationId().equals(wanted)).findFirst()
                .orElse(candidates.getFirst());
        UnitDetail detail = catalogue.findUnit(chosen.id()).orElseThrow();
        show(detail, candidates);
    }

    private void show(UnitDetail d, List<UnitSummary> candidates) {
        removeAll();
        UnitSummary u = d.unit();
        title = u.code() + " " + CatalogueUi.in(this, u.name());
        RouterLink back = new RouterLink(CatalogueUi.in(this, d.qualification().name()), QualificationView.class,
                new RouteParameters("qualificationId", String.valueOf(d.qualification().id())));
        back.addClassName("catalogue-breadcrumb");
        add(back);
        H2 heading = new H2(u.code() + " ");
        heading.add(CatalogueUi.text(this, u.name()));
        heading.setId("unit-heading");
        add(heading);

        Div facts = new Div();
        facts.addClassName("catalogue-facts");
        if (u.credits() != null) {
            fact(facts, "catalogue.unit.credits", new Span(CatalogueUi.credits(this, u.credits())));
        }
        Div qualification = new Div(new RouterLink(CatalogueUi.in(this, d.qualification().name()) + " ("
                + d.qualification().diaryNumber() + ")", QualificationView.class,
                new RouteParameters("qualificationId", String.valueOf(d.qualification().id()))),
                CatalogueUi.validityBadge(this, d.qualification()));
        qualification.addClassName("catalogue-qualification-line");
        fact(facts, "catalogue.unit.qualification", qualification);
        fact(facts, "catalogue.unit.scale", new Span(translations.enumLabel(u.scale(), getLocale())));
        if (d.parent() != null) {
            fact(facts, "catalogue.unit.parent", unitLink(d.parent()));
        }
        if (u.codeUri() != null) {
            fact(facts, "catalogue.unit.codeUri", new Span(u.codeUri()
                    + (u.codeVersion() == null ? "" : " (" + getTranslation("catalogue.unit.codeVersion",
                    u.codeVersion()) + ")")));
        }
        String eperusteet = d.parent() == null && !d.qualification().singleUnit()
                ? CatalogueDto.eperusteetUrl(d.qualification().eperusteetId(), u.viiteId(), getLocale().getLanguage())
                : null;
        if (eperusteet != null) {
            Anchor link = new Anchor(eperusteet, getTranslation("catalogue.unit.eperusteetLink"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener");
            fact(facts, "catalogue.unit.eperusteet", link);
        }
        if (!u.current()) {
            Span old = new Span(getTranslation("catalogue.unit.notCurrent"));
            old.addClassNames("catalogue-badge", "expired");
            facts.add(old);
        }
        add(facts);

        if (candidates.size() > 1) {
            Div others = new Div(new Span(getTranslation("catalogue.unit.otherQualifications")));
            others.addClassName("catalogue-others");
            UnorderedList list = new UnorderedList();
            for (UnitSummary other : candidates) {
                if (other.id().equals(u.id())) {
                    continue;
                }
                catalogue.findQualification(other.qualificationId()).ifPresent(q -> {
                    RouterLink link = new RouterLink(CatalogueUi.in(this, q.name()) + " (" + q.diaryNumber() + ")",
                            UnitView.class, new RouteParameters("code", other.code()));
                    link.setQueryParameters(QueryParameters.of(QUALIFICATION_PARAMETER, String.valueOf(q.id())));
                    list.add(new ListItem(link, CatalogueUi.validityBadge(this, q)));
                });
            }
            others.add(list);
            add(others);
        }

        if (!d.subAreas().isEmpty()) {
            add(new H3(getTranslation("catalogue.unit.subAreas")));
            UnorderedList list = new UnorderedList();
            d.subAreas().forEach(s -> {
                ListItem item = new ListItem(unitLink(s));
                if (s.credits() != null) {
                    Span credits = new Span(CatalogueUi.credits(this, s.credits()));
                    credits.addClassName("catalogue-credits");
                    item.add(credits);
                }
                list.add(item);
            });
            add(list);
        }

        if (d.description() != null) {
            Div section = new Div(new H3(getTranslation("catalogue.unit.description")),
                    CatalogueUi.html(d.description().in(getLocale())));
            section.addClassName("catalogue-section");
            add(section);
        }
        requirements(d);
        assessment(d);

        if (d.demonstration() != null) {
            H3 h = new H3(getTranslation("catalogue.unit.demonstration"));
            Div section = new Div(h, CatalogueUi.html(d.demonstration().in(getLocale())));
            section.addClassName("catalogue-section");
            add(section);
        }
        add(CatalogueUi.attribution(this, d.qualification().diaryNumber()));
    }

    private void requirements(UnitDetail d) {
        Div section = new Div(new H3(getTranslation("catalogue.unit.requirements")));
        section.addClassName("catalogue-section");
        section.setId("requirements");
        if (d.areas().isEmpty()) {
            section.add(new Paragraph(getTranslation(d.subAreas().isEmpty() ? "catalogue.unit.noRequirements"
                    : "catalogue.unit.requirementsInSubAreas")));
        } else if (d.requirementSubject() != null) {
            Paragraph leadIn = new Paragraph(getTranslation("catalogue.unit.requirementSubject",
                    d.requirementSubject().in(getLocale())));
            leadIn.addClassName("catalogue-lead-in");
            section.add(leadIn);
        }
        for (AreaView area : d.areas()) {
            if (area.name() != null || area.optional()) {
                H4 h = new H4();
                if (area.name() != null) {
                    h.add(CatalogueUi.text(this, area.name()));
                }
                if (area.optional()) {
                    Span optional = new Span(getTranslation("catalogue.unit.optional"));
                    optional.addClassName("catalogue-badge");
                    h.add(optional);
                }
                section.add(h);
            }
            OrderedList list = new OrderedList();
            list.addClassName("catalogue-requirements");
            for (RequirementView r : area.requirements()) {
                ListItem item = new ListItem(CatalogueUi.text(this, r.text()));
                if (r.code() != null) {
                    Span code = new Span(r.code());
                    code.addClassName("catalogue-code");
                    code.getElement().setAttribute("title", getTranslation("catalogue.unit.requirementCode"));
                    item.add(code);
                }
                if (!r.current()) {
                    item.addClassName("not-current");
                    Span old = new Span(getTranslation("catalogue.notCurrent"));
                    old.addClassNames("catalogue-badge", "expired");
                    item.add(old);
                }
                list.add(item);
            }
            section.add(list);
        }
        add(section);
    }

    private void assessment(UnitDetail d) {
        if (d.targets().isEmpty()) {
            return;
        }
        Div section = new Div(new H3(getTranslation("catalogue.unit.assessment")));
        section.addClassName("catalogue-section");
        section.setId("assessment");
        LevelScale scale = d.unit().scale();
        LocalizedText currentArea = null;
        for (TargetView t : d.targets()) {
            if (t.areaName() != null && !Objects.equals(t.areaName(), currentArea)) {
                H4 area = new H4(CatalogueUi.text(this, t.areaName()));
                area.addClassName("catalogue-target-area");
                section.add(area);
            }
            currentArea = t.areaName();
            Div target = new Div();
            target.addClassName("catalogue-target");
            if (!t.current()) {
                target.addClassName("not-current");
            }
            Div name = new Div(CatalogueUi.text(this, t.name()));
            name.addClassName("catalogue-target-name");
            target.add(name);
            Map<Integer, List<CriterionView>> byGrade = t.criteria().stream().filter(CriterionView::current)
                    .collect(Collectors.groupingBy(CriterionView::grade, TreeMap::new, Collectors.toList()));
            Div levels = new Div();
            levels.addClassName("catalogue-levels");
            for (var e : byGrade.entrySet()) {
                Div column = new Div();
                column.addClassName("catalogue-level");
                Div label = new Div(new Span(getTranslation("catalogue.grade." + scale.name() + "." + e.getKey())));
                label.addClassName("catalogue-level-label");
                column.add(label);
                UnorderedList list = new UnorderedList();
                e.getValue().forEach(c -> list.add(new ListItem(CatalogueUi.text(this, c.text()))));
                column.add(list);
                levels.add(column);
            }
            target.add(levels);
            section.add(target);
        }
        add(section);
    }

    private RouterLink unitLink(UnitSummary s) {
        RouterLink link = new RouterLink(s.code() + " " + CatalogueUi.in(this, s.name()), UnitView.class,
                new RouteParameters("code", s.code()));
        link.setQueryParameters(QueryParameters.of(QUALIFICATION_PARAMETER, String.valueOf(s.qualificationId())));
        return link;
    }

    private void fact(Div facts, String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("catalogue-fact-label");
        Div row = new Div(label, value);
        row.addClassName("catalogue-fact");
        facts.add(row);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("catalogue.title") : title;
    }
}
