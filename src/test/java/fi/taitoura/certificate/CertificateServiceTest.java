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
        Set<Long> recognised = recognitions.findRecognisedRequirementIds(p.getWorkUnitId());
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
            assertThat(text).contains(certificates.document(c).verificationCode());
            assertThat(PdfText.pages(pdf)).isGreaterThanOrEqualTo(2);
        }
        CompetenceCertificate latest = certificates.findForPeriod(p.getId()).get(0);
        String code = certificates.document(latest).verificationCode();
        assertThat(documents.verify(code).result()).isEqualTo(Verification.Result.VALID);
        // The accessible view at /verify/{code}/document: no sign-in, the document's language and its content.
        var page = get("/verify/" + code + "/document");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.body()).contains("<html lang=\"en\">", "<h1>Competence certificate</h1>", "Jenna Heikkinen",
                "<dl>", "<article lang=\"en\">", "Esimerkkilän kaupunki", code);
        // The superseded Finnish certificate verifies, but its content is no longer shown.
        String finnishCode = certificates.document(certificates.findForPeriod(p.getId()).getLast()).verificationCode();
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
    void theOpenBadgesAreSignedSchemaValidAndEveryIdTheyNameAnswers() throws Exception {
        TrainingPeriod p = demoPeriod("Niina Koskinen");
        CompetenceCertificate c = certificates.issue(p.getId(), Locale.of("sv"));
        List<String> jwts = DocumentJson.read(certificates.openBadges(c.getId()), List.class);
        assertThat(jwts).hasSize(certificates.data(c).units().size()).isNotEmpty();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (String token : jwts) {
            com.nimbusds.jwt.SignedJWT jwt = com.nimbusds.jwt.SignedJWT.parse(token);
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(com.nimbusds.jose.JWSAlgorithm.RS256);
            // The signature verifies with the key published at the header's kid, fetched as a wallet would.
            String kid = jwt.getHeader().getKeyID();
            var keyResponse = get(path(kid));
            assertThat(keyResponse.statusCode()).isEqualTo(200);
            var published = com.nimbusds.jose.jwk.RSAKey.parse(keyResponse.body());
            assertThat(published.isPrivate()).isFalse();
            assertThat(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(published))).isTrue();

            Map<String, Object> credential = jwt.getJWTClaimsSet().toJSONObject();
            String payload = json.writeValueAsString(credential);
            fi.taitoura.JsonSchemas.assertValid("schema/openbadges/achievementcredential.json", payload);
            assertThat(credential.get("iss")).isEqualTo(((Map<String, Object>) credential.get("issuer")).get("id"));
            assertThat(credential.get("jti")).isEqualTo(credential.get("id"));
            Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
            assertThat(credential.get("sub")).isEqualTo(subject.get("id"));
            assertThat(subject).doesNotContainKey("name");
            Map<String, Object> identity = ((List<Map<String, Object>>) subject.get("identifier")).getFirst();
            assertThat(identity).containsEntry("hashed", true).containsEntry("identityType", "name");
            assertThat(identity.get("identityHash")).isEqualTo("sha256$" + OpenBadges.hex("Niina Koskinen"
                    + identity.get("salt")));
            assertThat(payload).doesNotContain("Niina", certificates.document(c).verificationCode());
            // Texts in the certificate's language (Swedish), the achievement shared and served at its id.
            assertThat((String) credential.get("name")).startsWith("Kompetensintyg: ");
            Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
            assertThat(achievement).containsEntry("inLanguage", "sv");
            var served = get(path((String) achievement.get("id")) + "?lang=sv");
            assertThat(served.statusCode()).isEqualTo(200);
            Map<String, Object> servedAchievement = json.readValue(served.body(), Map.class);
            assertThat(servedAchievement).containsEntry("id", achievement.get("id"))
                    .containsEntry("name", achievement.get("name"))
                    .containsEntry("criteria", achievement.get("criteria"));
            Map<String, Object> alignment = ((List<Map<String, Object>>) achievement.get("alignment")).getFirst();
            assertThat((String) alignment.get("targetUrl"))
                    .matches("https://eperusteet\\.opintopolku\\.fi/#/sv/ammatillinen/\\d+/tutkinnonosat/\\d+");
            // The issuer profile answers at its id, is schema-valid and publishes the key.
            var issuer = get(path((String) credential.get("iss")));
            assertThat(issuer.statusCode()).isEqualTo(200);
            fi.taitoura.JsonSchemas.assertValid("schema/openbadges/profile.json", issuer.body());
            assertThat(issuer.body()).contains(kid, published.getModulus().toString());
            assertThat(get(path((String) credential.get("id"))).body()).contains("\"status\":\"valid\"");
            assertThat(certificates.verifyBadge(token).result()).isEqualTo(OpenBadges.BadgeCheck.Result.VALID);
        }
        // A changed badge no longer verifies; a withdrawn certificate's badges say so.
        String token = jwts.getFirst();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("Kompetensintyg", "Examensbevis").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(certificates.verifyBadge(forged).result()).isEqualTo(OpenBadges.BadgeCheck.Result.BAD_SIGNATURE);
        assertThat(certificates.verifyBadge("[\"" + token + "\"]").result())
                .isEqualTo(OpenBadges.BadgeCheck.Result.VALID);
        assertThat(certificates.verifyBadge("ei merkki").result()).isEqualTo(OpenBadges.BadgeCheck.Result.MALFORMED);
        certificates.withdraw(c.getId(), "Testi");
        assertThat(certificates.verifyBadge(token).result()).isEqualTo(OpenBadges.BadgeCheck.Result.WITHDRAWN);
    }

    @Autowired
    BadgeKeys badgeKeys;

    @Test
    void aRotatedKeySignsNewBadgesAndOldBadgesStillVerify() throws Exception {
        TrainingPeriod p = demoPeriod("Niina Koskinen");
        CompetenceCertificate c = certificates.issue(p.getId(), Locale.of("fi"));
        List<String> before = DocumentJson.read(certificates.openBadges(c.getId()), List.class);
        String newKid = badgeKeys.rotate();
        List<String> after = DocumentJson.read(certificates.openBadges(c.getId()), List.class);
        assertThat(com.nimbusds.jwt.SignedJWT.parse(after.getFirst()).getHeader().getKeyID()).endsWith("/" + newKid);
        assertThat(certificates.verifyBadge(before.getFirst()).result()).isEqualTo(OpenBadges.BadgeCheck.Result.VALID);
        assertThat(certificates.verifyBadge(after.getFirst()).result()).isEqualTo(OpenBadges.BadgeCheck.Result.VALID);
        assertThat(get("/badges/keys").body()).contains(newKid).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSignedSampleBadgeFromTheDemoDataIsWrittenToDocs() throws Exception {
        TrainingPeriod p = demoPeriod("Jenna Heikkinen");
        CompetenceCertificate c = certificates.issue(p.getId(), Locale.of("fi"));
        List<String> jwts = DocumentJson.read(certificates.openBadges(c.getId()), List.class);
        var json = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();
        com.nimbusds.jwt.SignedJWT jwt = com.nimbusds.jwt.SignedJWT.parse(jwts.getFirst());
        Map<String, Object> credential = jwt.getJWTClaimsSet().toJSONObject();
        java.nio.file.Path dir = fi.taitoura.Samples.dir();
        java.nio.file.Files.writeString(dir.resolve("open-badge-credential.jwt"), jwts.getFirst() + "\n");
        java.nio.file.Files.writeString(dir.resolve("open-badge-credential.json"),
                json.writeValueAsString(credential) + "\n");
        java.nio.file.Files.writeString(dir.resolve("open-badge-issuer.json"),
                json.writeValueAsString(json.readValue(get(path((String) credential.get("iss"))).body(), Map.class))
                        + "\n");
        fi.taitoura.JsonSchemas.assertValid("schema/openbadges/achievementcredential.json",
                java.nio.file.Files.readString(dir.resolve("open-badge-credential.json")));
        // the documented sample is valid too
        fi.taitoura.JsonSchemas.assertValid("schema/openbadges/achievementcredential.json",
                java.nio.file.Files.readString(fi.taitoura.Samples.DOCS.resolve("open-badge-credential.json")));
    }

    /** The path of one of this installation's public URLs (the test server answers on a random port). */
    private static String path(String url) {
        return java.net.URI.create(url).getRawPath();
    }
}
