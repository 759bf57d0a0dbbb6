package fi.taitoura.certificate.ui;

import fi.taitoura.base.ui.PhoneColumns;
import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.certificate.CertificateService.DeliveredCertificate;
import fi.taitoura.document.DocumentStatus;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;

/**
 * The competence certificates delivered to the referring case worker: those of the trainees they referred who
 * consented to certificates being given to the referrer (issue 12, finding 1). Everyone else reaches a certificate
 * from its period.
 */
@Menu(title = "nav.certificates", order = 310, icon = "vaadin:diploma")
@Route("certificates")
@RolesAllowed(Role.Names.CASE_WORKER)
class CertificatesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy")
            .withZone(Time.zone());

    CertificatesView(CertificateService service, TranslationProvider translations) {
        setSizeFull();
        add(new Paragraph(getTranslation("certificates.introCaseWorker")));
        Grid<DeliveredCertificate> grid = new Grid<>();
        grid.addColumn(DeliveredCertificate::traineeName).setHeader(getTranslation("trainee.name"))
                .setAutoWidth(true).setSortable(true);
        var unitColumn = grid.addColumn(DeliveredCertificate::workUnitName).setHeader(getTranslation("period.workUnit"))
                .setAutoWidth(true);
        var datesColumn = grid.addColumn(r -> Formats.range(r.start(), r.end())).setHeader(getTranslation("period.dates"))
                .setAutoWidth(true);
        var issuedColumn = grid.addColumn(r -> TIME.format(r.issuedAt())).setHeader(getTranslation("certificate.issuedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span status = new Span(translations.enumLabel(r.status(), getLocale()));
            status.addClassName(r.status() == DocumentStatus.CURRENT ? "badge-ok" : "badge-warning");
            return status;
        }).setHeader(getTranslation("certificate.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("summaries.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate("certificates/" + r.certificateId())));
            open.addThemeVariants(ButtonVariant.TERTIARY);
            open.setId("open-certificate-" + r.certificateId());
            return open;
        }).setKey("action").setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.hide(grid, unitColumn, datesColumn, issuedColumn); // a phone: whose, status, open
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setItems(service.findDelivered());
        grid.setId("certificates");
        grid.setAriaLabel(getTranslation("nav.certificates"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificates");
    }
}
