package fi.taitoura.certificate.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.base.ui.PeriodSection;
import fi.taitoura.certificate.CertificateData;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.certificate.CompetenceCertificate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The period page's certificate tab: issued certificates and, for the coach and career agent, issuing a new one. */
@Configuration(proxyBeanMethods = false)
class CertificateSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy")
            .withZone(Time.zone());

    @Bean
    PeriodSection certificatePeriodSection(CertificateService service, TranslationProvider translations) {
        return new PeriodSection() {
            @Override
            public int order() {
                return 40;
            }

            @Override
            public String titleKey() {
                return "certificate.title";
            }

            @Override
            public Component create(Long periodId) {
                return new Panel(service, translations, periodId);
            }
        };
    }

    static final class Panel extends VerticalLayout {

        Panel(CertificateService service, TranslationProvider translations, Long periodId) {
            setPadding(false);
            Grid<CompetenceCertificate> grid = new Grid<>();
            grid.addColumn(c -> TIME.format(c.getCreatedAt())).setHeader(getTranslation("certificate.issuedAt"))
                    .setAutoWidth(true);
            grid.addColumn(c -> c.getLanguage().toUpperCase(Locale.ROOT)).setHeader(getTranslation("summary.language"))
                    .setAutoWidth(true);
            grid.addComponentColumn(c -> {
                var doc = service.document(c);
                Span s = new Span(translations.enumLabel(doc.status(), getLocale()) + " · "
                        + doc.verificationCode());
                s.addClassName(doc.status().name().equals("CURRENT") ? "badge-ok" : "badge-warning");
                return s;
            }).setHeader(getTranslation("certificate.status")).setAutoWidth(true);
            grid.setItems(service.findForPeriod(periodId));
            grid.setAllRowsVisible(true);
            grid.setId("certificates");
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("certificates/" + e.getItem().getId())));
            add(grid);
            if (service.canIssue(periodId)) {
                CertificateData preview = service.preview(periodId);
                add(new Paragraph(getTranslation("certificate.previewInfo", preview.units().size(),
                        preview.units().stream().mapToInt(u -> u.requirements().size()).sum())));
                Select<String> language = new Select<>();
                language.setLabel(getTranslation("summary.language"));
                language.setItems("fi", "sv", "en");
                language.setItemLabelGenerator(l -> switch (l) {
                    case "sv" -> "svenska";
                    case "en" -> "English";
                    default -> "suomi";
                });
                language.setValue("fi");
                // Issue 13: look at the certificate (a draft PDF) and confirm before it is issued.
                Button issue = new Button(getTranslation("certificate.issue"), e -> {
                    com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                            new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
                    confirm.setId("issue-certificate-confirm");
                    confirm.setHeader(getTranslation("certificate.confirm.title"));
                    VerticalLayout text = new VerticalLayout(new Paragraph(getTranslation("certificate.confirm.text")),
                            fi.taitoura.base.ui.Downloads.pdf(getTranslation("certificate.confirm.preview"),
                                    "osaamistodistus-luonnos.pdf",
                                    () -> service.previewPdf(periodId, Locale.of(language.getValue()))));
                    text.setPadding(false);
                    if (!service.publicAddressConfigured()) {
                        Paragraph warning = new Paragraph(getTranslation("document.publicUrlMissing"));
                        warning.addClassName("callout-warning");
                        warning.setId("public-url-warning");
                        text.add(warning);
                    }
                    confirm.setText(text);
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("common.cancel"));
                    confirm.setConfirmText(getTranslation("certificate.confirm.issue"));
                    confirm.addConfirmListener(c -> Notifications.save(this, () -> {
                        CompetenceCertificate issued = service.issue(periodId, Locale.of(language.getValue()));
                        getUI().ifPresent(ui -> ui.navigate("certificates/" + issued.getId()));
                    }));
                    confirm.open();
                });
                issue.addThemeVariants(ButtonVariant.PRIMARY);
                issue.setId("issue-certificate");
                issue.setEnabled(!preview.units().isEmpty());
                HorizontalLayout row = new HorizontalLayout(language, issue);
                row.setAlignItems(Alignment.BASELINE);
                add(row);
            }
        }
    }
}
