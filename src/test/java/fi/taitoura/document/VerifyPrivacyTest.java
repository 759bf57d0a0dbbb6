package fi.taitoura.document;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 12, finding 9: /verify names no service that reveals a social-welfare client, and every look-up is logged. */
class VerifyPrivacyTest extends AbstractUiTest {

    @Autowired
    DocumentService documents;
    @Autowired
    TraineeService trainees;
    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aSummaryIsVerifiedWithoutSayingWhatServiceItCameFromAndTheLookUpIsLogged() {
        runAs("uraagentti");
        TrainingPeriod p = trainees.requirePeriodForRead(trainees.findVisiblePeriods().get(0).getId());
        String code = documents.newVerificationCode();
        DocumentService.DocumentRef doc = tx.execute(s -> documents.register(new DocumentService.Registration(
                DocumentKind.PERIOD_SUMMARY, code, p.getTrainee().getId(), p.getId(),
                p.getTrainee().getOrganisationId(), "Esimerkkilän kaupunki", p.getTrainee().getDisplayName(),
                "Loppukooste", Locale.of("fi")), ("%PDF-1.4 " + code).getBytes(), null));

        anonymous();
        UI.getCurrent().navigate("verify/" + doc.verificationCode());
        String text = _get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively();
        assertThat(text).contains("Asiakirja on aito ja voimassa", "Taitourassa laadittu asiakirja")
                .doesNotContainIgnoringCase("loppukooste").doesNotContainIgnoringCase("valmennus");

        runAs("admin");
        assertThat(audit.search(new AuditFilter("public", "IssuedDocument", doc.id(), p.getTrainee().getId(),
                AuditAction.READ, null, null), PageRequest.of(0, 5))).as("the look-up is logged against the trainee")
                .singleElement().satisfies(e -> assertThat(e.getDetails()).contains("what=verify"));
    }
}
