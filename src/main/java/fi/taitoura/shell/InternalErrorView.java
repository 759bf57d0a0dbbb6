package fi.taitoura.shell;

import fi.taitoura.base.ui.ErrorHandling;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import fi.taitoura.base.db.DatabaseUnavailable;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when opening a view fails unexpectedly: a friendly message and a reference id, never a stack trace. */
@PermitAll
@ParentLayout(MainLayout.class)
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (DatabaseUnavailable.is(parameter.getCaughtException())) {
            log.warn("The database could not be reached opening a view: {}", parameter.getCaughtException().toString());
            add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("error.databaseUnavailable.view")),
                    new Anchor("", getTranslation("error.home")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String ref = ErrorHandling.newReference();
        log.error("Unexpected error opening a view [ref={}]", ref, parameter.getCaughtException());
        add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("error.unexpected", ref)),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
