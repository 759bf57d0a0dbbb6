package fi.taitoura.share.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.taitoura.base.i18n.LocaleSupport;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.LanguageSelect;
import fi.taitoura.certificate.CertificateData;
import fi.taitoura.certificate.CertificateService.SharedCertificate;
import fi.taitoura.share.ShareService;
import fi.taitoura.share.ShareService.SharedPage;
import java.util.Locale;

/**
 * The page a trainee's share link opens (issue #16), without sign-in: the chosen certificates as the certificate
 * shows them (units and requirements), each with its verification address and PDF. An unknown, expired or revoked
 * link shows the same plain "link not valid" page ({@link ShareNotValidView}) with the same status.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route(value = "share/:token", autoLayout = false)
@AnonymousAllowed
class ShareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ShareService shares;
    private final Div content = new Div();

    ShareView(ShareService shares, LocaleSupport localeSupport) {
        this.shares = shares;
        addClassNames("share-view");
        Div lang = new Div(new LanguageSelect(localeSupport));
        lang.addClassName("share-lang");
        content.addClassName("share-card");
        add(lang, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        SharedPage page = shares.open(token).orElse(null);
        if (page == null) {
            event.rerouteToError(ShareLinkNotValidException.class);
            return;
        }
        content.removeAll();
        content.add(new H1(getTranslation("share.public.title")));
        content.add(new Paragraph(getTranslation("share.public.intro",
                Formats.date(page.expiresAt().atZone(Time.zone()).toLocalDate()))));
        if (page.documents().isEmpty()) {
            content.add(new Paragraph(getTranslation("share.public.noneCurrent")));
        }
        int i = 0;
        for (SharedCertificate c : page.documents()) {
            content.add(certificate(c, token, i++));
        }
    }

    private Section certificate(SharedCertificate c, String token, int index) {
        Locale doc = Locale.of(c.language());
        Section s = new Section();
        s.addClassName("share-document");
        String headingId = "share-doc-" + index;
        H2 h = new H2(getTranslation("share.public.certificate", c.traineeName()));
        h.setId(headingId);
        s.getElement().setAttribute("aria-labelledby", headingId);
        s.add(h);
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("share.public.organisation", c.organisation())),
                new ListItem(getTranslation("share.public.workUnit", c.workUnit())),
                new ListItem(getTranslation("share.public.period", Formats.range(c.start(), c.end()))),
                new ListItem(getTranslation("share.public.issuedOn", Formats.date(c.issuedOn()))));
        facts.addClassName("share-facts");
        s.add(facts);
        for (CertificateData.Unit u : c.units()) {
            Div unit = new Div();
            unit.addClassName("me-card");
            H3 name = new H3((u.code() == null ? "" : u.code() + " ") + u.name().in(doc));
            name.getElement().setAttribute("lang", c.language());
            unit.add(name);
            if (u.qualification() != null) {
                Paragraph q = new Paragraph(u.qualification().in(doc));
                q.getElement().setAttribute("lang", c.language());
                unit.add(q);
            }
            UnorderedList reqs = new UnorderedList();
            for (CertificateData.Requirement r : u.requirements()) {
                ListItem li = new ListItem(r.text().in(doc) + (r.level() == null ? "" : " ("
                        + getTranslation(doc, "enum.IndependenceLevel." + r.level()) + ")"));
                li.getElement().setAttribute("lang", c.language());
                reqs.add(li);
            }
            unit.add(reqs);
            s.add(unit);
        }
        Div actions = new Div();
        actions.addClassName("me-actions");
        Anchor pdf = new Anchor("share/" + token + "/pdf/" + c.verificationCode(),
                getTranslation("share.public.pdf"));
        pdf.setRouterIgnore(true);
        pdf.addClassName("me-big-link");
        pdf.getElement().setAttribute("download", "osaamistodistus-" + c.verificationCode() + ".pdf");
        pdf.setId("share-pdf-" + index);
        Anchor verify = new Anchor(c.verifyUrl(), getTranslation("share.public.verify", c.verificationCode()));
        verify.setRouterIgnore(true);
        verify.addClassName("me-big-link");
        verify.setId("share-verify-" + index);
        actions.add(pdf, verify);
        s.add(actions);
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("share.public.title");
    }
}
