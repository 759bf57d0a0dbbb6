package fi.taitoura.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Downloads;
import fi.taitoura.base.ui.Formats;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.certificate.CertificateData;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.certificate.CompetenceCertificate;
import fi.taitoura.document.DocumentStatus;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/** An issued competence certificate: what it shows, its verification code and status, downloads, withdrawal. */
@Route("certificates/:certificateId")
@RolesAllowed({Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.CASE_WORKER, Role.Names.TEAM_LEAD})
class CertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateService service;
    private final TranslationProvider translations;

    CertificateView(CertificateService service, TranslationProvider translations) {
        this.service = service;
        this.translations = translations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CompetenceCertificate c;
        try {
            c = service.require(event.getRouteParameters().getLong("certificateId").orElse(-1L));
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        CertificateData d = service.data(c);
        var doc = service.document(c);
        Locale locale = Locale.of(c.getLanguage());
        Span status = new Span(translations.enumLabel(doc.status(), getLocale()));
        status.addClassName(doc.status() == DocumentStatus.CURRENT ? "badge-ok" : "badge-warning");
        status.setId("certificate-status");
        HorizontalLayout head = new HorizontalLayout(new H2(d.traineeName()), status);
        head.setAlignItems(Alignment.BASELINE);
        add(head, new Paragraph(d.workUnit() + " · " + Formats.range(d.start(), d.end()) + " · "
                + getTranslation("verify.code") + ": " + doc.verificationCode()));
        HorizontalLayout actions = new HorizontalLayout(
                Downloads.pdf(getTranslation("certificate.downloadPdf"), "osaamistodistus-" + doc.verificationCode()
                        + ".pdf", () -> service.pdf(c.getId())));
        if (doc.status() != DocumentStatus.WITHDRAWN) {
            actions.add(Downloads.link(getTranslation("certificate.downloadBadges"), "osaamistodistus-"
                    + doc.verificationCode() + ".json", "application/ld+json", () -> service.openBadges(c.getId())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (doc.status() == DocumentStatus.CURRENT && service.canIssue(c.getPeriodId())) {
            Button withdraw = new Button(getTranslation("certificate.withdraw"), e -> withdraw(c));
            withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            withdraw.setId("withdraw-certificate");
            actions.add(withdraw);
        }
        actions.setWrap(true);
        add(actions);
        for (CertificateData.Unit u : d.units()) {
            add(new H3(u.code() + " " + u.name().in(locale)));
            Grid<CertificateData.Requirement> grid = new Grid<>();
            grid.addColumn(r -> r.text().in(locale)).setHeader(getTranslation("ledger.requirement")).setFlexGrow(4);
            grid.addColumn(r -> Formats.range(r.first(), r.last())).setHeader(getTranslation("ledger.dates"))
                    .setAutoWidth(true);
            grid.addColumn(r -> getTranslation("enum.IndependenceLevel." + r.level()))
                    .setHeader(getTranslation("ledger.highest")).setAutoWidth(true);
            grid.setItems(u.requirements());
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
            add(grid);
        }
    }

    private void withdraw(CompetenceCertificate c) {
        Dialog dialog = new Dialog(getTranslation("certificate.withdraw"));
        TextArea reason = new TextArea(getTranslation("certificate.withdrawReason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        dialog.add(reason);
        Button confirm = new Button(getTranslation("certificate.withdraw"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            Notifications.save(this, () -> {
                service.withdraw(c.getId(), reason.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.title");
    }
}
