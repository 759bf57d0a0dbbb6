package fi.taitoura.certificate.ui;

import fi.taitoura.certificate.CertificateService;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public addresses of Open Badges 3.0 (no sign-in): issuer profiles, achievement definitions, the signing keys
 * and credential status. Every id in a Taitoura badge dereferences to one of these. Nothing personal is served.
 */
@RestController
class BadgeController {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final CertificateService certificates;

    BadgeController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping(value = "/badges/issuers/{organisationId:\\d+}", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> issuer(@PathVariable Long organisationId) {
        return certificates.badgeIssuer(organisationId).map(BadgeController::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/badges/achievements/{unitId:\\d+}", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> achievement(@PathVariable Long unitId,
                                                    @RequestParam(required = false) String lang,
                                                    @RequestHeader(value = "Accept-Language", required = false)
                                                    String acceptLanguage) {
        Locale locale = Locale.of(lang != null ? lang : acceptLanguage == null || acceptLanguage.isBlank() ? "fi"
                : Locale.LanguageRange.parse(acceptLanguage).getFirst().getRange().substring(0, 2));
        return certificates.badgeAchievement(unitId, locale).map(BadgeController::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/badges/keys", produces = {"application/jwk-set+json", "application/json"})
    ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(certificates.badgeKeys());
    }

    @GetMapping(value = "/badges/keys/{keyId}", produces = {"application/jwk+json", "application/json"})
    ResponseEntity<Map<String, Object>> key(@PathVariable String keyId) {
        return certificates.badgeKey(keyId).map(k -> ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(k))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/badges/credentials/{documentId:\\d+}/{unitCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> credentialStatus(@PathVariable Long documentId, @PathVariable String unitCode) {
        return certificates.badgeStatus(documentId).map(s -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", documentId + "/" + unitCode);
            body.put("status", switch (s) {
                case CURRENT -> "valid";
                case SUPERSEDED -> "superseded";
                case WITHDRAWN -> "revoked";
            });
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        }).orElse(ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Map<String, Object>> ok(Map<String, Object> body) {
        return ResponseEntity.ok().contentType(JSON_LD).cacheControl(CacheControl.noCache()).body(body);
    }
}
