package fi.taitoura.me.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.taitoura.base.ui.PeriodSection;
import fi.taitoura.document.QrCodes;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.user.TraineeUserAccounts.AccountState;
import fi.taitoura.user.TraineeUserAccounts.ActivationCode;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;

/**
 * On the trainee's page (issue #16): the coach activates the trainee's own account and hands over a one-time code,
 * shown large with a QR code of the activation address; or ends the account.
 */
@org.springframework.stereotype.Component
class TraineeAccountSection implements PeriodSection {

    private final TraineeAccounts accounts;
    private final TraineeService trainees;

    private final String publicUrl;
    private final fi.taitoura.document.DocumentBranding branding;
    private final fi.taitoura.base.i18n.TranslationProvider translations;

    TraineeAccountSection(TraineeAccounts accounts, TraineeService trainees,
                          fi.taitoura.document.DocumentBranding branding,
                          fi.taitoura.base.i18n.TranslationProvider translations,
                          @org.springframework.beans.factory.annotation.Value(
                                  "${taitoura.public-url:http://localhost:8080}") String publicUrl) {
        this.accounts = accounts;
        this.trainees = trainees;
        this.branding = branding;
        this.translations = translations;
        this.publicUrl = publicUrl.replaceAll("/$", "") + "/";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String titleKey() {
        return "me.account.tab";
    }

    @Override
    public Component create(Long periodId) {
        TraineeService.PeriodRef ref = trainees.readPeriodRef(periodId);
        return new Panel(ref.traineeId(), ref.workUnitName(), trainees.mayWritePeriod(periodId));
    }

    @com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
    private final class Panel extends VerticalLayout {
        private final Long traineeId;
        private final String unitName;
        private final boolean canWrite;

        Panel(Long traineeId, String unitName, boolean canWrite) {
            this.traineeId = traineeId;
            this.unitName = unitName;
            this.canWrite = canWrite;
            setPadding(false);
            addClassName("trainee-account");
            show(null);
        }

        private void show(ActivationCode code) {
            removeAll();
            add(new Paragraph(getTranslation("me.account.intro")));
            AccountState state = accounts.accountState(traineeId).orElse(null);
            Span status = new Span(getTranslation(state == null ? "me.account.none"
                    : !state.active() ? "me.account.ended"
                    : state.codeWaiting() ? "me.account.waiting" : "me.account.active",
                    state == null ? "" : state.username()));
            status.setId("trainee-account-status");
            add(status);
            if (code != null) {
                add(codeBox(code));
            }
            if (canWrite) {
                Button activate = new Button(getTranslation(state == null ? "me.account.create"
                        : "me.account.newCode"), e -> show(accounts.activate(traineeId)));
                activate.addThemeVariants(ButtonVariant.PRIMARY);
                activate.setId("trainee-account-activate");
                Div buttons = new Div(activate);
                if (state != null && state.active()) {
                    Button end = new Button(getTranslation("me.account.end"), e -> {
                        accounts.endAccount(traineeId);
                        show(null);
                    });
                    end.setId("trainee-account-end");
                    buttons.add(end);
                }
                add(buttons);
            }
        }

        private Component codeBox(ActivationCode code) {
            String address = baseUrl() + "activate?code=" + code.code();
            Div box = new Div();
            box.addClassName("activation-code");
            Paragraph c = new Paragraph(code.code());
            c.setId("activation-code");
            c.addClassName("activation-code-value");
            box.add(new Paragraph(getTranslation("me.account.handOver")), c,
                    new Paragraph(getTranslation("me.account.username", code.username())),
                    new Paragraph(getTranslation("me.account.expires", DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
                            .format(code.expiresAt().atZone(Time.zone())))),
                    new Paragraph(getTranslation("me.account.address", baseUrl() + "activate")));
            byte[] png = QrCodes.png(address, 220);
            Image qr = new Image(DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                    new ByteArrayInputStream(png), "activation.png", "image/png", png.length)),
                    getTranslation("me.account.qrAlt"));
            qr.setWidth("220px");
            box.add(qr);
            // the printable sheet: made from this code in memory, never stored; the print is audited (ids only)
            String base = baseUrl();
            java.util.Locale locale = getLocale();
            com.vaadin.flow.component.html.Anchor print = fi.taitoura.base.ui.Downloads.pdf(
                    getTranslation("me.account.print"), "kayttoonotto.pdf", () -> {
                        accounts.recordActivationSheet(traineeId);
                        return ActivationSheet.pdf(code, base, unitName, branding.logo(), translations, locale);
                    });
            print.setId("trainee-account-print");
            print.addClassName("me-big-link");
            box.add(print);
            return box;
        }
    }

    /** The address the trainee opens: the configured public address (a proxy's), else the one in use. */
    private String baseUrl() {
        if (publicUrl.startsWith("http://localhost") && VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r) {
            var req = r.getHttpServletRequest();
            return req.getScheme() + "://" + req.getServerName()
                    + (req.getServerPort() == 80 || req.getServerPort() == 443 ? "" : ":" + req.getServerPort())
                    + req.getContextPath() + "/";
        }
        return publicUrl;
    }
}
