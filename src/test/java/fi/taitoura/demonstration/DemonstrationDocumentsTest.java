package fi.taitoura.demonstration;

import fi.taitoura.base.time.Time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.PdfA;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.trainee.TrainingPeriod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemonstrationDocumentsTest extends AbstractIntegrationTest {

    @Autowired
    DemonstrationService service;
    @Autowired
    DemonstrationDocuments documents;
    @Autowired
    DemonstrationFixtures fixtures;

    private static String text(byte[] pdf, String name) throws Exception {
        PdfA.assertPdfA2b(pdf); // plan and record are archived with the trainee's file
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.write(file, pdf);
        StringBuilder all = new StringBuilder();
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(extractor.getTextFromPage(i)).append('\n');
        }
        reader.close();
        if (Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
            Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(20, TimeUnit.SECONDS);
            all.append("\n--- pdftotext ---\n").append(out);
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    private Demonstration assessed(String firstName) {
        Long unitId = fixtures.unitWithScale(LevelScale.ONE_TO_FIVE).orElseThrow();
        runAs("valmentaja");
        TrainingPeriod p = fixtures.freshPeriod(firstName, "Öystilä", unitId);
        var good = fixtures.plan(p.getId(), Time.today(), "opettaja");
        var plan = new DemonstrationRecords.Plan(good.startDate(), good.endDate(), "Kiinteistö Pääskylä, Åkerlundinkatu 3",
                good.placeKind(), "Lumityöt ja ulkoalueiden hoito", good.taskIds(), good.teacherId(), null,
                "Åke Näsänen", "Porin Kiinteistöt Oy", "Sataedu");
        return service.propose(p.getId(), unitId, plan);
    }

    @Test
    void thePlanAndTheAssessmentRecordInFinnishAndSwedishWithScandinavianLetters() throws Exception {
        Demonstration d = assessed("Åsa");
        String plan = text(documents.planPdf(d.getId(), Locale.of("fi")), "demonstration-plan-fi.pdf");
        assertThat(plan).contains("Näyttösuunnitelma", "Åsa", "Öystilä", "Kiinteistö Pääskylä, Åkerlundinkatu 3",
                "Åke Näsänen, Porin Kiinteistöt Oy", "Koulutuksen järjestäjä", "Sataedu", "Arvioinnin kohteet",
                "Tyydyttävä T1", "sivu 1 /");
        assertThat(plan).doesNotContain("<p>");
        // the assessment record exists only once the assessment is signed
        assertThatThrownBy(() -> documents.assessmentPdf(d.getId(), Locale.of("fi")))
                .isInstanceOf(BusinessRuleException.class);

        runAs("opettaja");
        service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 3, 3, null), true);
        String fi = text(documents.assessmentPdf(d.getId(), Locale.of("fi")), "demonstration-assessment-fi.pdf");
        assertThat(fi).contains("Näytön arviointi", "Åsa", "Öystilä", "Hyväksytty", "3 – Hyvä (H3)",
                "Arvioinnista päättäneet", "Opettaja", "Työnantaja/Työelämän edustaja",
                "Arviointikeskusteluun osallistuneet", "Opiskelija", "Osaamisen todisteet", "Ammattitaitovaatimus",
                Time.today().format(DateTimeFormatter.ofPattern("d.M.yyyy")));

        runAs("valmentaja");
        String sv = text(documents.assessmentPdf(d.getId(), Locale.of("sv")), "demonstration-assessment-sv.pdf");
        assertThat(sv).contains("Bedömning av yrkesprov", "Åsa", "Öystilä", "Godkänd", "Utbildningsanordnare",
                "De som beslutat om bedömningen", "Lärare", "Deltagare i bedömningssamtalet", "Studerande",
                "Kompetensbevis", "sida 1 /");
        String svPlan = text(documents.planPdf(d.getId(), Locale.of("sv")), "demonstration-plan-sv.pdf");
        assertThat(svPlan).contains("Plan för yrkesprov", "Åke Näsänen", "Nöjaktig T1");
    }

    @Test
    void theExportIsShapedAfterEhoksDemonstrationData() throws Exception {
        Demonstration d = assessed("Vienti");
        runAs("opettaja");
        service.saveAssessment(d.getId(), fixtures.complete(d.getId(), -1, 4, 4, null), true);
        String json = documents.exportJson(d.getId());
        Files.createDirectories(Path.of("target", "export"));
        Files.writeString(Path.of("target", "export", "demonstration.json"), json);
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("format").asString()).isEqualTo(DemonstrationDocuments.EXPORT_FORMAT);
        JsonNode n = root.get("naytto");
        assertThat(n.get("alku").asString()).isEqualTo(Time.today().toString());
        assertThat(n.get("suorituspaikka").get("tunniste").get("koodistoUri").asString())
                .isEqualTo("ammatillisennaytonsuorituspaikka");
        assertThat(n.get("nayttoymparisto").get("nimi").asString()).startsWith("Kiinteistö");
        assertThat(n.get("sisallon-kuvaus").toString()).contains("Lumityöt ja ulkoalueiden hoito");
        assertThat(n.get("koulutuksen-jarjestaja-osaamisen-arvioijat").get(0).get("organisaatio").get("nimi")
                .asString()).isEqualTo("Sataedu");
        assertThat(n.get("tyoelama-osaamisen-arvioijat").get(0).get("nimi").asString()).isEqualTo("Åke Näsänen");
        JsonNode a = n.get("arviointi");
        assertThat(a.get("arvosana").get("koodiarvo").asString()).isEqualTo("4");
        assertThat(a.get("arvosana").get("koodistoUri").asString()).isEqualTo("arviointiasteikkoammatillinen15");
        assertThat(a.get("hyvaksytty").asBoolean()).isTrue();
        assertThat(a.get("arvioinnista-paattaneet").findValuesAsString("koodiarvo")).containsExactlyInAnyOrder("1", "3");
        assertThat(a.get("arviointikeskusteluun-osallistuneet").findValuesAsString("koodistoUri"))
                .containsOnly(DiscussionParticipant.KOODISTO);
        assertThat(a.get("arvioinnin-kohteet").size()).isGreaterThan(0);
        assertThat(a.get("arvioinnin-kohteet").get(0).get("arvosana").get("koodiarvo").asString()).isEqualTo("4");
        assertThat(root.get("tutkinnon-osa").get("koodi").asString()).isNotBlank();
        assertThat(root.get("osaamisen-todisteet").get("ammattitaitovaatimukset").size()).isGreaterThan(0);
    }
}
