package fi.taitoura.shell;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import jakarta.annotation.security.PermitAll;

/** The start page: a welcome and, for each of the user's roles, what the role finds in Taitoura. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, TranslationProvider translations,
                    fi.taitoura.document.DocumentService documents) {
        addClassName("home-view");
        String name = currentUser.principal().map(p -> p.getFullName()).orElse("");
        add(new H2(getTranslation("home.welcome", name)));
        add(new Paragraph(getTranslation("home.intro")));
        if (currentUser.roles().contains(Role.ADMIN) && !documents.publicAddressConfigured()) {
            // issue 13: documents would print http://localhost:8080/verify/... and nobody would know
            Paragraph warning = new Paragraph(getTranslation("document.publicUrlMissing.admin"));
            warning.addClassName("callout-warning");
            warning.setId("public-url-warning");
            add(warning);
        }
        Div cards = new Div();
        cards.addClassName("role-cards");
        for (Role role : currentUser.roles()) {
            Div card = new Div(new H3(translations.enumLabel(role, getLocale())),
                    new Paragraph(getTranslation("home.role." + role.name())));
            card.addClassName("role-card");
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
