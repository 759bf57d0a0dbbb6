package fi.taitoura.share.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "This link is not valid": the same page and the same status (404) whether the link never existed, expired or was
 * revoked, and nothing about whose it was.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@AnonymousAllowed
public class ShareNotValidView extends Main implements HasErrorParameter<ShareLinkNotValidException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ShareLinkNotValidException> parameter) {
        removeAll();
        addClassName("share-view");
        H1 title = new H1(getTranslation("share.invalid.title"));
        title.setId("share-invalid");
        add(title, new Paragraph(getTranslation("share.invalid.text")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("share.invalid.title");
    }
}
