package fi.taitoura.share.ui;

import fi.taitoura.share.ShareService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /share/{token}/pdf/{code}}: the PDF of a certificate a valid share link shows (no sign-in); 404 otherwise,
 * the same for an unknown, expired or revoked link. Not cached, not indexed.
 */
@Controller
class SharePdfController {

    private final ShareService shares;

    SharePdfController(ShareService shares) {
        this.shares = shares;
    }

    @GetMapping("/share/{token}/pdf/{code}")
    ResponseEntity<byte[]> pdf(@PathVariable String token, @PathVariable String code) {
        return shares.pdf(token, code)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex, nofollow")
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("osaamistodistus-" + code + ".pdf").build().toString())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore())
                        .build());
    }
}
