package fi.taitoura.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.trainee.TraineeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CertificateViewsUiTest extends AbstractUiTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    TraineeService trainees;

    @Test
    void coachIssuesACertificateFromThePeriodPageAndOpensIt() {
        login("valmentaja");
        var period = trainees.findVisiblePeriods().stream()
                .filter(p -> p.getTrainee().getDisplayName().equals("Ahmed Hassan")).findFirst().orElseThrow();
        UI.getCurrent().navigate("trainees/" + period.getTrainee().getId() + "/periods/" + period.getId());
        var sheet = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        for (int i = 0; ; i++) {
            if (sheet.getTabAt(i).getLabel().equals("Osaamistodistus")) {
                sheet.setSelectedIndex(i);
                break;
            }
        }
        _click(_get(Button.class, spec -> spec.withId("issue-certificate")));
        // issue 13: a preview (draft PDF) and a confirmation before issuing; the public address is not configured
        // in the tests, so the dialog warns that the documents would print localhost
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("issue-certificate-confirm"));
        assertThat(confirm.isOpened()).isTrue();
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).anyMatch(t -> t.contains("luonnos"));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("public-url-warning")))
                .hasSize(1);
        byte[] draft = fi.taitoura.PdfText.save("certificate-preview",
                certificates.previewPdf(period.getId(), java.util.Locale.of("fi")));
        String text = fi.taitoura.PdfText.of(draft);
        assertThat(text).contains("LUONNOS").doesNotContain("Kuntouttava työtoiminta").doesNotContain("Status");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(H2.class).getText()).isEqualTo("Ahmed Hassan");
        assertThat(_get(Span.class, spec -> spec.withId("certificate-status")).getText()).isEqualTo("Voimassa");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).anyMatch(t -> t.contains("PDF"))
                .anyMatch(t -> t.contains("Open Badges"));
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-certificate"))).hasSize(1);
    }

    @Test
    void anotherUnitsCoachCannotOpenTheCertificate() {
        login("valmentaja");
        var period = trainees.findVisiblePeriods().stream()
                .filter(p -> p.getTrainee().getDisplayName().equals("Mikko Laaksonen")).findFirst().orElseThrow();
        Long id = certificates.findForPeriod(period.getId()).get(0).getId();
        login("valmentaja2");
        UI.getCurrent().navigate("certificates/" + id);
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }
}
