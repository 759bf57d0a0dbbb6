package fi.taitoura.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.PdfA;
import fi.taitoura.PdfText;
import fi.taitoura.document.DocumentJson;
import fi.taitoura.document.DocumentService;
import fi.taitoura.document.Verification;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.workplace.RecognitionService;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CertificateServiceTest extends AbstractIntegrationTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    TraineeService trainees;
    @Autowired
    DocumentationService documentation;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    private TrainingPeriod demoPeriod(String name) {
        runAs("uraagentti");
        return trainees.findVisiblePeriods().stream().filter(p -> p.getTrainee().getDisplayName().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void onlyRequirementsOfAnApprovedRecognitionAppear() {
        TrainingPeriod p = demoPeriod("Ahmed Hassan");
        Set<Long> recognised = recognitions.findRecognisedRequirementIds(p.getWorkUnit().getId());
        // a requirement the unit's recognition does not cover, shown anyway (e.g. documented before a revision)
        Long unrecognised = jdbc.queryForObject("""
                select r.id from skill_requirement r where r.current = true and r.id not in (%s) limit 1"""
                .formatted(recognised.isEmpty() ? "-1" : String.join(",", recognised.stream().map(String::valueOf)
                        .toList())), Long.class);
        Long attendance = jdbc.queryForObject("select min(id) from attendance where period_id = ? and status = "
                + "'PRESENT'", Long.class, p.getId());
        LocalDate day = jdbc.queryForObject("select day from attendance where id = ?", LocalDate.class, attendance);
        jdbc.update("insert into skill_observation (attendance_id, period_id, day, requirement_id, level) "
                + "values (?, ?, ?, ?, 'INDEPENDENT')", attendance, p.getId(), day, unrecognised);

        assertThat(documentation.ledger(p.getId()).units().stream().flatMap(u -> u.requirements().stream())
                .anyMatch(r -> r.requirementId().equals(unrecognised) && r.shown())).isTrue();
        CertificateData data = certificates.preview(p.getId());
        assertThat(data.units()).isNotEmpty();
        assertThat(data.units().stream().flatMap(u -> u.requirements().stream()))
                .allMatch(r -> recognised.contains(r.requirementId()))
                .noneMatch(r -> r.requirementId().equals(unrecognised));
        assertThat(data.units()).allMatch(u -> u.recognition() != null && u.recognition().approvedOn() != null);
    }

    @Test
    void theCertificateIsVerifiableWithdrawableAndReadsInEachLanguage() {
        TrainingPeriod p = demoPeriod("Jenna Heikkinen");
        for (String[] lang : new String[][] {{"fi", "Osaamistodistus", "Liite: osoitettu osaaminen"},
                {"sv", "Kompetensintyg", "Bilaga: visad kompetens"},
                {"en", "Competence certificate", "Attachment: competence shown"}}) {
            CompetenceCertificate c = certificates.issue(p.getId(), Locale.of(lang[0]));
            byte[] pdf = PdfText.save("certificate-" + lang[0], certificates.pdf(c.getId()));
            PdfA.assertPdfA2b(pdf);
            String text = PdfText.of(pdf);
            assertThat(text).contains(lang[1], lang[2], "Jenna Heikkinen", "Kiinteistö- ja ympäristöhuolto");
            assertThat(text).contains(certificates.document(c).getVerificationCode());
            assertThat(PdfText.pages(pdf)).isGreaterThanOrEqualTo(2);
        }
        CompetenceCertificate latest = certificates.findForPeriod(p.getId()).get(0);
        String code = certificates.document(latest).getVerificationCode();
        assertThat(documents.verify(code).result()).isEqualTo(Verification.Result.VALID);
        // The accessible view at /verify/{code}/document: no sign-in, the document's language and its content.
        var page = get("/verify/" + code + "/document");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.body()).contains("<html lang=\"en\">", "<h1>Competence certificate</h1>", "Jenna Heikkinen",
                "<dl>", "<article lang=\"en\">", "Esimerkkilän kaupunki", code);
        // The superseded Finnish certificate verifies, but its content is no longer shown.
        String finnishCode = certificates.document(certificates.findForPeriod(p.getId()).getLast()).getVerificationCode();
        assertThat(get("/verify/" + finnishCode + "/document").body()).doesNotContain("<article")
                .contains("class=\"verification superseded\"");
        assertThat(get("/verify/AAAA-BBBB-CCCC/document").statusCode()).isEqualTo(404);
        certificates.withdraw(latest.getId(), "Laadittu väärällä kielellä");
        assertThat(documents.verify(code).result()).isEqualTo(Verification.Result.WITHDRAWN);
        assertThat(get("/verify/" + code + "/document").body()).doesNotContain("<article", "Attachment");
        assertThatThrownBy(() -> certificates.openBadges(latest.getId())).hasMessageContaining("certificate.withdrawn");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    java.net.http.HttpResponse<String> get(String path) {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenBadgesCredentialsHaveEveryRequiredField() {
        TrainingPeriod p = demoPeriod("Niina Koskinen");
        CompetenceCertificate c = certificates.issue(p.getId(), Locale.of("fi"));
        List<Map<String, Object>> credentials = DocumentJson.read(certificates.openBadges(c.getId()), List.class);
        assertThat(credentials).hasSize(certificates.data(c).units().size()).isNotEmpty();
        for (Map<String, Object> credential : credentials) {
            assertThat(credential).containsKeys("@context", "id", "type", "issuer", "validFrom", "name",
                    "credentialSubject");
            assertThat((List<String>) credential.get("@context"))
                    .containsExactly("https://www.w3.org/ns/credentials/v2",
                            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
            assertThat((List<String>) credential.get("type")).contains("VerifiableCredential", "OpenBadgeCredential");
            Map<String, Object> issuer = (Map<String, Object>) credential.get("issuer");
            assertThat(issuer).containsKeys("id", "type", "name");
            Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
            assertThat((List<String>) subject.get("type")).contains("AchievementSubject");
            Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
            assertThat(achievement).containsKeys("id", "type", "name", "description", "criteria", "alignment");
            assertThat((Map<String, Object>) achievement.get("criteria")).containsKey("narrative");
            Map<String, Object> alignment = ((List<Map<String, Object>>) achievement.get("alignment")).get(0);
            assertThat(alignment).containsKeys("type", "targetName", "targetUrl", "targetCode");
            assertThat((String) alignment.get("targetUrl")).startsWith("https://eperusteet.opintopolku.fi/");
            assertThat((List<?>) credential.get("evidence")).isNotEmpty();
        }
    }
}
