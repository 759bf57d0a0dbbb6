package fi.taitoura.document;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class DocumentServiceTest extends AbstractUiTest {

    @Autowired
    DocumentService documents;
    @Autowired
    TraineeService trainees;
    @Autowired
    TransactionTemplate tx;

    private DocumentService.DocumentRef issue(Long replaces) {
        TrainingPeriod p = trainees.requirePeriodForRead(trainees.findVisiblePeriods().get(0).getId());
        String code = documents.newVerificationCode();
        return tx.execute(s -> documents.register(new DocumentService.Registration(DocumentKind.COMPETENCE_CERTIFICATE,
                code, p.getTrainee().getId(), p.getId(), p.getTrainee().getOrganisationId(),
                "Esimerkkilän kaupunki", p.getTrainee().getDisplayName(), "Osaamistodistus", Locale.of("fi")),
                ("%PDF-1.4 " + code).getBytes(), replaces));
    }

    @Test
    void verificationSaysValidSupersededWithdrawnOrUnknownAndNothingMore() {
        runAs("uraagentti");
        DocumentService.DocumentRef first = issue(null);
        assertThat(first.verificationCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        Verification v = documents.verify(first.verificationCode().toLowerCase().replace("-", " "));
        assertThat(v.result()).isEqualTo(Verification.Result.VALID);
        assertThat(v.traineeName()).isEqualTo(first.traineeName());
        assertThat(v.issuerName()).isEqualTo("Esimerkkilän kaupunki");

        DocumentService.DocumentRef second = issue(first.id());
        assertThat(documents.verify(first.verificationCode()).result()).isEqualTo(Verification.Result.SUPERSEDED);
        assertThat(documents.verify(second.verificationCode()).result()).isEqualTo(Verification.Result.VALID);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> documents.withdraw(first.id(), "virhe")))
                .isInstanceOf(BusinessRuleException.class);
        tx.executeWithoutResult(s -> documents.withdraw(second.id(), "Annettu väärälle henkilölle"));
        assertThat(documents.verify(second.verificationCode()).result()).isEqualTo(Verification.Result.WITHDRAWN);
        assertThat(documents.verify("AAAA-BBBB-CCCC").result()).isEqualTo(Verification.Result.UNKNOWN);
        assertThat(documents.verify("<script>").result()).isEqualTo(Verification.Result.UNKNOWN);
        assertThat(new String(documents.pdf(second.id()))).contains(second.verificationCode());
        assertThat(documents.verificationUrl("ABCD-EFGH-JKMN")).endsWith("/verify/ABCD-EFGH-JKMN");
        assertThat(QrCodes.png(documents.verificationUrl("ABCD-EFGH-JKMN"), 200)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theVerificationPageIsPublicAndShowsOnlyTheEssentials() {
        runAs("uraagentti");
        DocumentService.DocumentRef doc = issue(null);
        anonymous();
        UI.getCurrent().navigate("verify/" + doc.verificationCode());
        Div result = _get(Div.class, spec -> spec.withId("verify-result"));
        String text = result.getElement().getTextRecursively();
        assertThat(text).contains("Asiakirja on aito ja voimassa", doc.traineeName(), "Esimerkkilän kaupunki",
                "Osaamistodistus");
        assertThat(text).doesNotContain("syntynyt", "Henkilötunnus");
        UI.getCurrent().navigate("verify/ZZZZ-ZZZZ-ZZZZ");
        assertThat(_get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively())
                .contains("Tunnisteella ei löydy asiakirjaa");
    }
}
