package fi.taitoura.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The certificate as Open Badges 3.0 credentials (JSON-LD): one OpenBadgeCredential per qualification unit, its
 * Achievement aligned to the unit in ePerusteet, with the requirements shown as criteria and the documentation as
 * evidence. The credentials are not cryptographically signed; their {@code id} is the certificate's public
 * verification address, where anyone can confirm them (see docs/open-badges.md).
 */
final class OpenBadges {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    static final String EPERUSTEET_UNIT = "https://eperusteet.opintopolku.fi/#/fi/tutkinnonosa/";

    private OpenBadges() {
    }

    /** One credential per unit; the result is a JSON array of credentials. */
    static List<Map<String, Object>> credentials(CertificateData d, String verifyUrl, String publicUrl,
                                                 Long organisationId, Instant issuedAt, Locale locale) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CertificateData.Unit u : d.units()) {
            Map<String, Object> issuer = new LinkedHashMap<>();
            issuer.put("id", publicUrl + "/issuers/" + organisationId);
            issuer.put("type", List.of("Profile"));
            issuer.put("name", d.organisation());

            Map<String, Object> alignment = new LinkedHashMap<>();
            alignment.put("type", List.of("Alignment"));
            alignment.put("targetName", u.name().in(locale));
            alignment.put("targetUrl", u.eperusteetId() == null ? "https://eperusteet.opintopolku.fi/"
                    : EPERUSTEET_UNIT + u.eperusteetId());
            alignment.put("targetCode", u.code());
            alignment.put("targetFramework", "ePerusteet, " + u.qualification().in(locale) + " (" + u.diaryNumber()
                    + ")");
            alignment.put("targetType", "ext:QualificationUnit");

            StringBuilder criteria = new StringBuilder();
            u.requirements().forEach(r -> criteria.append("- ").append(r.text().in(locale)).append('\n'));

            Map<String, Object> achievement = new LinkedHashMap<>();
            achievement.put("id", publicUrl + "/achievements/unit/" + u.code());
            achievement.put("type", List.of("Achievement"));
            achievement.put("achievementType", "Competency");
            achievement.put("name", u.code() + " " + u.name().in(locale));
            achievement.put("description", "Osaaminen tutkinnon osasta " + u.code() + " " + u.name().in(locale)
                    + " osoitettu työympäristössä " + d.workUnit() + " (" + d.organisation() + ").");
            achievement.put("criteria", Map.of("narrative", criteria.toString().trim()));
            achievement.put("alignment", List.of(alignment));
            achievement.put("inLanguage", locale.getLanguage());

            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("type", List.of("AchievementSubject"));
            subject.put("name", d.traineeName());
            subject.put("achievement", achievement);

            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("id", verifyUrl);
            evidence.put("type", List.of("Evidence"));
            evidence.put("name", "Osaamistodistus");
            evidence.put("narrative", u.requirements().size() + " ammattitaitovaatimusta osoitettu "
                    + u.requirements().stream().map(CertificateData.Requirement::first).min(java.time.LocalDate::compareTo)
                    .map(Object::toString).orElse("") + " – " + u.requirements().stream()
                    .map(CertificateData.Requirement::last).max(java.time.LocalDate::compareTo).map(Object::toString)
                    .orElse("") + (u.recognition() == null ? "" : "; oppimisympäristö tunnistettu (versio "
                    + u.recognition().revision() + ", hyväksytty " + u.recognition().approvedOn() + ")"));

            Map<String, Object> credential = new LinkedHashMap<>();
            credential.put("@context", CONTEXT);
            credential.put("id", verifyUrl + "#" + u.code());
            credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
            credential.put("name", "Osaamistodistus: " + u.code() + " " + u.name().in(locale));
            credential.put("issuer", issuer);
            credential.put("validFrom", issuedAt.toString());
            credential.put("credentialSubject", subject);
            credential.put("evidence", List.of(evidence));
            list.add(credential);
        }
        return list;
    }
}
