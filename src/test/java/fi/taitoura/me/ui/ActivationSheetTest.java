package fi.taitoura.me.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.PdfText;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.document.DocumentBranding;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.user.TraineeUserAccounts.ActivationCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue #16: the printable activation sheet: its content, its fonts, and an audit record without the code. */
class ActivationSheetTest extends AbstractIntegrationTest {

    @Autowired
    TraineeAccounts accounts;
    @Autowired
    TraineeService trainees;
    @Autowired
    DocumentBranding branding;
    @Autowired
    TranslationProvider translations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSheetHoldsUserNameCodeExpiryAddressAndStepsAndItsPrintIsAuditedWithoutTheCode() throws Exception {
        runAs("valmentaja");
        Long traineeId = trainees.findVisibleTrainees().stream().filter(r -> r.name().equals("Ahmed Hassan"))
                .findFirst().orElseThrow().traineeId();
        ActivationCode code = accounts.activate(traineeId);
        byte[] pdf = ActivationSheet.pdf(code, "https://taitoura.example.fi/", "Kiinteistö- ja ympäristöhuolto",
                branding.logo(), translations, Locale.forLanguageTag("fi"));
        PdfText.save("activation-sheet", pdf);
        String text = PdfText.of(pdf);
        assertThat(text).contains("Oma Taitoura käyttöön", code.username(), code.code(),
                "https://taitoura.example.fi/activate", "Näin pääset alkuun", "Koodi toimii asti");
        assertThat(text).as("numbered steps, no bullet before the number").contains("1.", "4.")
                .doesNotContain("•");
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        String fonts = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(fonts).as("embedded fonts").contains("/FontFile2");

        Long userId = accounts.accountState(traineeId).orElseThrow().userId();
        accounts.recordActivationSheet(traineeId);
        assertThat(jdbc.queryForList("select details from audit_log where entity_type = 'TraineeAccount'"
                + " and entity_id = ? and details like '%activationSheet%'", String.class, userId)).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where details like ?", Integer.class,
                "%" + code.code() + "%")).as("the code is never logged").isZero();
    }
}
