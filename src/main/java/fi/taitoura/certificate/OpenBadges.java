package fi.taitoura.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.catalogue.CatalogueDto;
import fi.taitoura.catalogue.CatalogueDto.UnitDetail;
import fi.taitoura.catalogue.CatalogueService;
import fi.taitoura.document.DocumentStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The certificate as signed Open Badges 3.0 credentials: one {@code OpenBadgeCredential} per qualification unit,
 * signed as a VC-JWT (RS256, Nimbus JOSE+JWT) with the organisation's key ({@link BadgeKeys}; the JOSE header's
 * {@code kid} is the key's public URL). The {@code Achievement} is shared by every trainee — one per unit and
 * qualification version, served at its id {@code /badges/achievements/<unitId>} — and aligned to the unit's page in
 * ePerusteet; what this trainee showed (dates, requirements, environment recognition) is the credential's evidence.
 * The subject is identified by a salted SHA-256 hash of the name printed on the certificate, never by name or
 * identity code. Texts are in the certificate's language. See docs/open-badges.md.
 */
@Component
public class OpenBadges {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final BadgeKeys keys;
    private final CatalogueService catalogue;
    private final String publicUrl;

    OpenBadges(BadgeKeys keys, CatalogueService catalogue,
               @Value("${taitoura.public-url:http://localhost:8080}") String publicUrl) {
        this.keys = keys;
        this.catalogue = catalogue;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    String issuerId(Long organisationId) {
        return publicUrl + "/badges/issuers/" + organisationId;
    }

    String achievementId(Long unitId) {
        return publicUrl + "/badges/achievements/" + unitId;
    }

    String credentialId(Long documentId, String unitCode) {
        return publicUrl + "/badges/credentials/" + documentId + "/" + unitCode;
    }

    String keyUrl(String keyId) {
        return publicUrl + "/badges/keys/" + keyId;
    }

    Map<String, Object> publicKeySet() {
        return keys.publicKeys().toJSONObject(true);
    }

    Optional<Map<String, Object>> publicKey(String keyId) {
        return keys.publicKey(keyId).map(RSAKey::toJSONObject);
    }

    /** The issuer profile served at its id, with the public keys that verify its badges. */
    Map<String, Object> issuerProfile(Long organisationId, String name, String businessId) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", CONTEXT);
        profile.put("id", issuerId(organisationId));
        profile.put("type", List.of("Profile"));
        profile.put("name", name);
        if (businessId != null && !businessId.isBlank()) {
            profile.put("otherIdentifier", List.of(Map.of("type", "IdentifierEntry", "identifier", businessId,
                    "identifierType", "ext:BusinessId")));
        }
        // The keys as verification methods (W3C controlled identifier vocabulary): kid -> public JWK.
        List<Map<String, Object>> methods = new ArrayList<>();
        keys.publicKeys().getKeys().forEach(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", keyUrl(k.getKeyID()));
            m.put("type", "JsonWebKey");
            m.put("controller", issuerId(organisationId));
            m.put("publicKeyJwk", k.toJSONObject());
            methods.add(m);
        });
        profile.put("verificationMethod", methods);
        return profile;
    }

    /** The shared achievement definition of a unit in a language; empty for an unknown unit. */
    Optional<Map<String, Object>> achievement(Long unitId, Locale locale) {
        return catalogue.findPublicUnit(unitId).map(d -> {
            Map<String, Object> a = achievementOf(d, locale);
            Map<String, Object> served = new LinkedHashMap<>();
            served.put("@context", CONTEXT);
            served.putAll(a);
            return served;
        });
    }

    private Map<String, Object> achievementOf(UnitDetail d, Locale locale) {
        String lang = locale.getLanguage();
        CatalogueDto.UnitSummary u = d.unit();
        CatalogueDto.QualificationSummary q = d.qualification();
        Map<String, Object> alignment = new LinkedHashMap<>();
        alignment.put("type", List.of("Alignment"));
        alignment.put("targetName", u.code() + " " + in(u.name(), locale));
        String url = CatalogueDto.eperusteetUrl(q.eperusteetId(), u.viiteId(), lang);
        alignment.put("targetUrl", url == null ? CatalogueDto.EPERUSTEET_SITE : url);
        alignment.put("targetCode", u.codeUri() != null ? u.codeUri() : u.code());
        alignment.put("targetFramework", "ePerusteet: " + in(q.name(), locale) + " (" + q.diaryNumber() + ")");
        alignment.put("targetType", "ext:TutkinnonOsa");

        StringBuilder criteria = new StringBuilder();
        if (d.requirementSubject() != null) {
            criteria.append(in(d.requirementSubject(), locale)).append(" …\n\n");
        }
        d.areas().stream().filter(CatalogueDto.AreaView::current).forEach(area -> {
            if (area.name() != null) {
                criteria.append("**").append(in(area.name(), locale)).append("**\n\n");
            }
            area.requirements().stream().filter(CatalogueDto.RequirementView::current)
                    .forEach(r -> criteria.append("- ").append(in(r.text(), locale)).append('\n'));
            criteria.append('\n');
        });
        if (criteria.isEmpty()) {
            criteria.append(Texts.of(locale).noRequirements());
        }

        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", achievementId(u.id()));
        a.put("type", List.of("Achievement"));
        a.put("achievementType", "Competency");
        a.put("name", u.code() + " " + in(u.name(), locale));
        a.put("description", Texts.of(locale).unitOf(in(q.name(), locale), q.diaryNumber()));
        a.put("criteria", Map.of("narrative", criteria.toString().trim()));
        a.put("alignment", List.of(alignment));
        if (u.credits() != null) {
            a.put("creditsAvailable", u.credits().doubleValue());
        }
        a.put("humanCode", u.code());
        a.put("inLanguage", lang);
        a.put("version", q.diaryNumber());
        return a;
    }

    /** One signed credential (compact JWS) per unit of the certificate. */
    List<String> signedCredentials(CertificateData d, Long documentId, String verificationCode, Long organisationId,
                                   Instant issuedAt, Locale locale) {
        List<String> list = new ArrayList<>();
        for (Map<String, Object> credential : credentials(d, documentId, verificationCode, organisationId, issuedAt,
                locale)) {
            list.add(sign(credential));
        }
        return list;
    }

    List<Map<String, Object>> credentials(CertificateData d, Long documentId, String verificationCode,
                                          Long organisationId, Instant issuedAt, Locale locale) {
        Texts t = Texts.of(locale);
        List<Map<String, Object>> list = new ArrayList<>();
        String salt = hex("salt|" + verificationCode).substring(0, 16);
        for (CertificateData.Unit u : d.units()) {
            UnitDetail unit = catalogue.findPublicUnit(u.unitId()).orElse(null);
            Map<String, Object> achievement;
            if (unit != null) {
                achievement = achievementOf(unit, locale);
            } else {
                // a unit no longer in the catalogue: the frozen name and code still describe it
                achievement = new LinkedHashMap<>();
                achievement.put("id", achievementId(u.unitId()));
                achievement.put("type", List.of("Achievement"));
                achievement.put("achievementType", "Competency");
                achievement.put("name", u.code() + " " + u.name().in(locale));
                achievement.put("description", t.unitOf(u.qualification().in(locale), u.diaryNumber()));
                achievement.put("criteria", Map.of("narrative", t.noRequirements()));
                achievement.put("inLanguage", locale.getLanguage());
            }
            Map<String, Object> issuer = new LinkedHashMap<>();
            issuer.put("id", issuerId(organisationId));
            issuer.put("type", List.of("Profile"));
            issuer.put("name", d.organisation());

            Map<String, Object> identity = new LinkedHashMap<>();
            identity.put("type", "IdentityObject");
            identity.put("identityType", "name");
            identity.put("hashed", true);
            identity.put("identityHash", "sha256$" + hex(d.traineeName().strip() + salt));
            identity.put("salt", salt);

            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("id", "urn:uuid:" + UUID.nameUUIDFromBytes(("subject|" + verificationCode)
                    .getBytes(StandardCharsets.UTF_8)));
            subject.put("type", List.of("AchievementSubject"));
            subject.put("identifier", List.of(identity));
            subject.put("achievement", achievement);
            if (u.credits() != null) {
                subject.put("creditsEarned", u.credits().doubleValue());
            }

            java.time.LocalDate first = u.requirements().stream().map(CertificateData.Requirement::first)
                    .filter(java.util.Objects::nonNull).min(java.time.LocalDate::compareTo).orElse(null);
            java.time.LocalDate last = u.requirements().stream().map(CertificateData.Requirement::last)
                    .filter(java.util.Objects::nonNull).max(java.time.LocalDate::compareTo).orElse(null);
            StringBuilder narrative = new StringBuilder(t.evidence(d.workUnit(), d.organisation(), first, last));
            narrative.append("\n\n");
            u.requirements().forEach(r -> narrative.append("- ").append(r.text().in(locale)).append('\n'));
            if (u.recognition() != null) {
                narrative.append('\n').append(t.recognition(u.recognition().revision(), u.recognition().approvedOn()));
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("type", List.of("Evidence"));
            evidence.put("name", t.certificate());
            evidence.put("narrative", narrative.toString().trim());

            Map<String, Object> credential = new LinkedHashMap<>();
            credential.put("@context", CONTEXT);
            credential.put("id", credentialId(documentId, u.code()));
            credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
            credential.put("name", t.certificate() + ": " + u.code() + " " + u.name().in(locale));
            credential.put("issuer", issuer);
            credential.put("validFrom", issuedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            credential.put("credentialSubject", subject);
            credential.put("evidence", List.of(evidence));
            list.add(credential);
        }
        return list;
    }

    /** Signs a credential as a VC-JWT: the credential is the payload, with iss, jti, nbf and sub (OB 3.0 8.2). */
    @SuppressWarnings("unchecked")
    String sign(Map<String, Object> credential) {
        RSAKey key = keys.signingKey();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer((String) ((Map<String, Object>) credential.get("issuer")).get("id"));
        claims.jwtID((String) credential.get("id"));
        claims.notBeforeTime(Date.from(Instant.parse((String) credential.get("validFrom"))));
        claims.subject((String) ((Map<String, Object>) credential.get("credentialSubject")).get("id"));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(keyUrl(key.getKeyID())).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing the badge failed", e);
        }
        return jwt.serialize();
    }

    /** The outcome of checking a badge: signature, claims and the certificate's status. */
    public record BadgeCheck(Result result, String issuerName, String achievementName, String validFrom,
                             String keyId) {
        public enum Result { VALID, WITHDRAWN, SUPERSEDED, NOT_OURS, BAD_SIGNATURE, MALFORMED }
    }

    /**
     * Verifies a pasted or uploaded badge (a compact JWS, or a JSON string or array holding one): the signature with
     * this installation's published key named by {@code kid}, the VC-JWT claims against the credential (iss, jti,
     * nbf, sub), then the status of the certificate it came from.
     */
    @SuppressWarnings("unchecked")
    BadgeCheck check(String input, java.util.function.Function<Long, Optional<DocumentStatus>> status) {
        String token = extractJws(input);
        if (token == null) {
            return new BadgeCheck(BadgeCheck.Result.MALFORMED, null, null, null, null);
        }
        SignedJWT jwt;
        Map<String, Object> claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet().toJSONObject();
        } catch (ParseException e) {
            return new BadgeCheck(BadgeCheck.Result.MALFORMED, null, null, null, null);
        }
        String kid = jwt.getHeader().getKeyID();
        String prefix = publicUrl + "/badges/keys/";
        if (kid == null || !kid.startsWith(prefix)) {
            return new BadgeCheck(BadgeCheck.Result.NOT_OURS, null, null, null, kid);
        }
        RSAKey key = keys.publicKey(kid.substring(prefix.length())).orElse(null);
        if (key == null) {
            return new BadgeCheck(BadgeCheck.Result.NOT_OURS, null, null, null, kid);
        }
        Map<String, Object> issuer = claims.get("issuer") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> subject = claims.get("credentialSubject") instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
        Map<String, Object> achievement = subject.get("achievement") instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
        String issuerName = (String) issuer.get("name");
        String achievementName = (String) achievement.get("name");
        String validFrom = (String) claims.get("validFrom");
        try {
            boolean ok = jwt.verify(new RSASSAVerifier(key))
                    && java.util.Objects.equals(claims.get("iss"), issuer.get("id"))
                    && java.util.Objects.equals(claims.get("jti"), claims.get("id"))
                    && java.util.Objects.equals(claims.get("sub"), subject.get("id"))
                    && validFrom != null && jwt.getJWTClaimsSet().getNotBeforeTime() != null
                    && jwt.getJWTClaimsSet().getNotBeforeTime().toInstant().equals(Instant.parse(validFrom))
                    && !Instant.parse(validFrom).isAfter(Instant.now());
            if (!ok) {
                return new BadgeCheck(BadgeCheck.Result.BAD_SIGNATURE, issuerName, achievementName, validFrom, kid);
            }
        } catch (JOSEException | ParseException | java.time.DateTimeException e) {
            return new BadgeCheck(BadgeCheck.Result.BAD_SIGNATURE, issuerName, achievementName, validFrom, kid);
        }
        Long documentId = documentIdOf((String) claims.get("id"));
        DocumentStatus s = documentId == null ? null : status.apply(documentId).orElse(null);
        BadgeCheck.Result result = s == null ? BadgeCheck.Result.NOT_OURS : switch (s) {
            case CURRENT -> BadgeCheck.Result.VALID;
            case SUPERSEDED -> BadgeCheck.Result.SUPERSEDED;
            case WITHDRAWN -> BadgeCheck.Result.WITHDRAWN;
        };
        return new BadgeCheck(result, issuerName, achievementName, validFrom, kid);
    }

    /** The issued document's id in a credential id {@code <public-url>/badges/credentials/<documentId>/<unit>}. */
    Long documentIdOf(String credentialId) {
        String prefix = publicUrl + "/badges/credentials/";
        if (credentialId == null || !credentialId.startsWith(prefix)) {
            return null;
        }
        String rest = credentialId.substring(prefix.length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        return id.matches("\\d{1,18}") ? Long.parseLong(id) : null;
    }

    private static String extractJws(String input) {
        if (input == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")
                .matcher(input);
        return m.find() ? m.group() : null;
    }

    private static String in(LocalizedText text, Locale locale) {
        return text == null ? "" : text.in(locale);
    }

    static String hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The credential's own words in fi, sv and en (they travel in the badge, not through the UI's translations). */
    record Texts(String certificate, String unitOfPattern, String evidencePattern, String recognitionPattern,
                 String noRequirements) {

        static Texts of(Locale locale) {
            return switch (locale.getLanguage()) {
                case "sv" -> new Texts("Kompetensintyg", "Examensdel i %s (%s)",
                        "Kompetensen visades i arbetsmiljön %s (%s) %s–%s. Visade yrkeskunnighetskrav:",
                        "Lärmiljön identifierad (version %d, godkänd %s).", "Se examensdelen i ePerusteet.");
                case "en" -> new Texts("Competence certificate", "Unit of %s (%s)",
                        "Competence shown in the work environment %s (%s) %s–%s. Requirements shown:",
                        "Learning environment recognised (revision %d, approved %s).", "See the unit in ePerusteet.");
                default -> new Texts("Osaamistodistus", "Tutkinnon osa: %s (%s)",
                        "Osaaminen osoitettu työympäristössä %s (%s) %s–%s. Osoitetut ammattitaitovaatimukset:",
                        "Oppimisympäristö tunnistettu (versio %d, hyväksytty %s).", "Katso tutkinnon osa ePerusteista.");
            };
        }

        String unitOf(String qualification, String diary) {
            return String.format(unitOfPattern, qualification, diary);
        }

        String evidence(String workUnit, String organisation, java.time.LocalDate first, java.time.LocalDate last) {
            return String.format(evidencePattern, workUnit, organisation, first == null ? "" : first,
                    last == null ? "" : last);
        }

        String recognition(int revision, java.time.LocalDate approvedOn) {
            return String.format(recognitionPattern, revision, approvedOn);
        }
    }
}
