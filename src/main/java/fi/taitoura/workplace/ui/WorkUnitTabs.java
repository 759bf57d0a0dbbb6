package fi.taitoura.workplace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import fi.taitoura.workplace.WorkUnit;

/** The work unit's name and the links between its pages: details, recognition, tasks. */
class WorkUnitTabs extends Div {

    enum Page { DETAILS, RECOGNITION, TASKS }

    WorkUnitTabs(WorkUnit unit, Page current) {
        addClassName("work-unit-header");
        H2 name = new H2(unit.getName());
        name.addClassName("work-unit-name");
        Span org = new Span(unit.getOrganisation().getName());
        org.addClassName("work-unit-org");
        Nav links = new Nav();
        links.addClassName("work-unit-tabs");
        links.setAriaLabel(getTranslation("workplace.tabs"));
        RouteParameters id = new RouteParameters("id", String.valueOf(unit.getId()));
        links.add(link(getTranslation("workplace.tab.details"), WorkUnitView.class, id, current == Page.DETAILS),
                link(getTranslation("workplace.tab.recognition"), RecognitionView.class, id,
                        current == Page.RECOGNITION),
                link(getTranslation("workplace.tab.tasks"), TasksView.class, id, current == Page.TASKS));
        add(name, org, links);
    }

    private static RouterLink link(String text, Class<? extends com.vaadin.flow.component.Component> view,
                                   RouteParameters params, boolean current) {
        RouterLink link = new RouterLink(view, params);
        link.setText(text);
        if (current) {
            link.addClassName("current");
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }
}
