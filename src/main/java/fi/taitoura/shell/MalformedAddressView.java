package fi.taitoura.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address whose id is not a number ({@code /trainees/abc}: the route parameter cannot be read as one) names no
 * record: it shows the same not-found page as any other missing one, not an unexpected error.
 */
@AnonymousAllowed
public class MalformedAddressView extends VerticalLayout implements HasErrorParameter<NumberFormatException>,
        com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        NotFoundView.show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
