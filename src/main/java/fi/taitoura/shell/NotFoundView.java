package fi.taitoura.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or that the user may not open: both look the same, so that nobody learns which
 * records exist by typing addresses.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>,
        com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static void show(VerticalLayout view) {
        view.removeAll();
        view.addClassName("not-found-view");
        view.getElement().setAttribute("role", "main");
        view.add(new H2(view.getTranslation("notFound.title")), new Paragraph(view.getTranslation("notFound.text")),
                new Anchor("", view.getTranslation("error.home")));
        view.getUI().ifPresent(ui -> ui.getPage().setTitle(view.getTranslation("notFound.title") + " – Taitoura"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
