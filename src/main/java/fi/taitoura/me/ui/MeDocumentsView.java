package fi.taitoura.me.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.taitoura.base.ui.Downloads;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.certificate.CertificateService.OwnCertificate;
import fi.taitoura.security.Role;
import fi.taitoura.share.ShareService;
import fi.taitoura.share.ShareService.Created;
import fi.taitoura.share.ShareService.LinkStatus;
import fi.taitoura.share.ShareService.LinkView;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;

/**
 * "My documents" (issue #16): the trainee's own competence certificates as PDF and Open Badges 3.0 credentials,
 * and their share links: make one for an employer or a school (chosen certificates, an expiry, a label for
 * themself), see when each was opened, revoke it. Period summaries are not here (ADR 0030).
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route("me/documents")
@Menu(title = "me.nav.documents", order = 30, icon = "vaadin:diploma")
@RolesAllowed(Role.Names.TRAINEE)
public class MeDocumentsView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId ZONE = Time.zone();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm");

    private final ShareService shares;
    private final CertificateService certificates;
    private final String publicUrl;
    private final Map<Long, OwnCertificate> mine = new LinkedHashMap<>();
    private final Section form = new Section();
    private final Div created = new Div();
    private final Div links = new Div();

    MeDocumentsView(ShareService shares, CertificateService certificates,
                    @Value("${taitoura.public-url:http://localhost:8080}") String publicUrl) {
        this.shares = shares;
        this.certificates = certificates;
        this.publicUrl = publicUrl.replaceAll("/$", "") + "/";
        addClassName("me-view");
        shares.ownCertificates().forEach(c -> mine.put(c.certificateId(), c));

        Section docs = MeHomeView.section("me-documents", getTranslation("me.documents.certificates"));
        if (mine.isEmpty()) {
            docs.add(new Paragraph(getTranslation("me.documents.none")));
        }
        mine.values().forEach(c -> docs.add(certificateCard(c)));
        add(new Paragraph(getTranslation("me.documents.intro")), docs);

        Section share = MeHomeView.section("me-shares", getTranslation("me.share.title"));
        share.add(new Paragraph(getTranslation("me.share.intro")));
        if (mine.values().stream().anyMatch(OwnCertificate::current)) {
            Button make = new Button(getTranslation("me.share.new"), e -> showForm());
            make.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            make.addClassName("me-big-button");
            make.setId("me-share-new");
            share.add(make);
        }
        form.setId("me-share-form");
        form.setVisible(false);
        created.setId("me-share-created");
        created.setVisible(false);
        links.setId("me-share-links");
        share.add(form, created, links);
        add(share);
        add(MeLinks.big("me", getTranslation("me.backHome"), "me-back-home"));
        refreshLinks();
    }

    private Div certificateCard(OwnCertificate c) {
        Div card = new Div();
        card.addClassName("me-card");
        card.getElement().setAttribute("role", "article");
        card.add(new H3(title(c)));
        if (!c.current()) {
            Span status = new Span(getTranslation("me.documents.status." + c.status().name()));
            status.addClassName("me-note");
            card.add(status);
        }
        UnorderedList units = new UnorderedList();
        c.units().forEach(u -> units.add(new ListItem(u)));
        card.add(units);
        Div actions = new Div();
        actions.addClassName("me-actions");
        var pdf = Downloads.pdf(getTranslation("me.documents.pdf"), "osaamistodistus-" + c.verificationCode() + ".pdf",
                () -> certificates.pdf(c.certificateId()));
        pdf.addClassName("me-big-link");
        pdf.setId("me-doc-pdf-" + c.certificateId());
        actions.add(pdf);
        if (c.status() != fi.taitoura.document.DocumentStatus.WITHDRAWN) {
            var badge = Downloads.link(getTranslation("me.documents.badges"),
                    "open-badges-" + c.verificationCode() + ".json", "application/json",
                    () -> certificates.openBadges(c.certificateId())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            badge.addClassName("me-big-link");
            badge.setId("me-doc-badges-" + c.certificateId());
            actions.add(badge);
        }
        card.add(actions);
        if (c.status() != fi.taitoura.document.DocumentStatus.WITHDRAWN) {
            card.add(new Paragraph(getTranslation("me.documents.badgesHelp")));
        }
        return card;
    }

    private String title(OwnCertificate c) {
        return getTranslation("me.documents.certificate",
                Formats.date(c.issuedAt().atZone(ZONE).toLocalDate()));
    }

    private void showForm() {
        form.removeAll();
        form.setVisible(true);
        created.setVisible(false);
        H3 title = new H3(getTranslation("me.share.new"));
        CheckboxGroup<OwnCertificate> which = new CheckboxGroup<>(getTranslation("me.share.which"));
        which.setId("me-share-which");
        which.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        List<OwnCertificate> current = mine.values().stream().filter(OwnCertificate::current).toList();
        which.setItems(current);
        which.setItemLabelGenerator(this::title);
        if (current.size() == 1) {
            which.setValue(java.util.Set.of(current.get(0)));
        }
        Select<Integer> days = new Select<>();
        days.setLabel(getTranslation("me.share.days"));
        days.setId("me-share-days");
        days.setItems(7, 14, ShareService.DEFAULT_DAYS, 60, ShareService.MAX_DAYS);
        days.setItemLabelGenerator(d -> getTranslation("me.share.daysN", d));
        days.setValue(ShareService.DEFAULT_DAYS);
        TextField label = new TextField(getTranslation("me.share.label"));
        label.setId("me-share-label");
        label.setHelperText(getTranslation("me.share.labelHelp"));
        label.setMaxLength(ShareService.MAX_LABEL);
        label.setWidthFull();
        Button save = new Button(getTranslation("me.share.create"), e -> {
            if (which.getValue().isEmpty()) {
                which.setInvalid(true);
                which.setErrorMessage(getTranslation("share.error.documents"));

                return;
            }
            which.setInvalid(false);
            Created[] c = new Created[1];
            if (Notifications.save(this, () -> c[0] = shares.create(which.getValue().stream()
                    .map(OwnCertificate::certificateId).toList(), days.getValue(), label.getValue()))) {
                form.setVisible(false);
                showCreated(c[0]);
                refreshLinks();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        save.addClassName("me-big-button");
        save.setId("me-share-create");
        Button cancel = new Button(getTranslation("common.cancel"), e -> form.setVisible(false));
        cancel.addClassName("me-big-button");
        form.add(title, which, days, label, new Div(save, cancel));
    }

    private void showCreated(Created c) {
        created.removeAll();
        created.setVisible(true);
        created.addClassName("me-created");
        String address = baseUrl() + "share/" + c.token();
        TextField url = new TextField(getTranslation("me.share.address"));
        url.setId("me-share-url");
        url.setValue(address);
        url.setReadOnly(true);
        url.addClassName("me-link-url");
        url.setHelperText(getTranslation("me.share.onlyNow"));
        Button copy = new Button(getTranslation("me.share.copy"), e -> {
            e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address);
            Notifications.success(getTranslation("me.share.copied"));
        });
        copy.addClassName("me-big-button");
        copy.setId("me-share-copy");
        created.add(new H4(getTranslation("me.share.ready")), url, copy);
        url.focus();
    }

    private void refreshLinks() {
        links.removeAll();
        List<LinkView> list = shares.ownLinks();
        if (list.isEmpty()) {
            links.add(new Paragraph(getTranslation("me.share.none")));
        }
        for (LinkView l : list) {
            Div card = new Div();
            card.addClassName("me-card");
            card.getElement().setAttribute("role", "article");
            card.add(new H4(l.label() != null ? l.label() : getTranslation("me.share.unnamed",
                    Formats.date(l.createdAt().atZone(ZONE).toLocalDate()))));
            Span status = new Span(switch (l.status()) {
                case ACTIVE -> getTranslation("me.share.status.ACTIVE", date(l.expiresAt()));
                case EXPIRED -> getTranslation("me.share.status.EXPIRED", date(l.expiresAt()));
                case REVOKED -> getTranslation("me.share.status.REVOKED", date(l.revokedAt()));
            });
            status.addClassNames("me-link-status", l.status() == LinkStatus.ACTIVE ? "active" : "ended");
            card.add(status);
            UnorderedList docs = new UnorderedList();
            l.certificateIds().forEach(id -> docs.add(new ListItem(mine.containsKey(id) ? title(mine.get(id))
                    : getTranslation("me.documents.removed"))));
            card.add(docs);
            Paragraph opened = new Paragraph(l.openings() == 0 ? getTranslation("me.share.notOpened")
                    : getTranslation("me.share.opened", l.openings(),
                    WHEN.format(l.lastOpened().atZone(ZONE))));
            opened.addClassName("me-link-opened");
            card.add(opened);
            if (l.status() == LinkStatus.ACTIVE) {
                Button revoke = new Button(getTranslation("me.share.revoke"), e -> confirmRevoke(l));
                revoke.addThemeVariants(ButtonVariant.ERROR);
                revoke.addClassName("me-big-button");
                revoke.getElement().setAttribute("aria-label", getTranslation("me.share.revokeOf",
                        l.label() != null ? l.label() : date(l.createdAt())));
                card.add(revoke);
            }
            links.add(card);
        }
    }

    private void confirmRevoke(LinkView l) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("me-share-revoke-confirm");
        confirm.setHeader(getTranslation("me.share.revokeTitle"));
        confirm.setText(getTranslation("me.share.revokeText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("me.share.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (Notifications.save(this, () -> shares.revoke(l.id(), l.version()))) {
                Notifications.success(getTranslation("me.share.revoked"));
            }
            refreshLinks();
        });
        confirm.open();
    }

    private static String date(Instant at) {
        return Formats.date(at.atZone(ZONE).toLocalDate());
    }

    /** The address the trainee hands over: the configured public address, else the one in use. */
    private String baseUrl() {
        if (publicUrl.startsWith("http://localhost")
                && VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r) {
            var req = r.getHttpServletRequest();
            return req.getScheme() + "://" + req.getServerName()
                    + (req.getServerPort() == 80 || req.getServerPort() == 443 ? "" : ":" + req.getServerPort())
                    + req.getContextPath() + "/";
        }
        return publicUrl;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.documents.title");
    }
}
