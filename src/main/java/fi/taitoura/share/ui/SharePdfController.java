package fi.taitoura.share.ui;

import fi.taitoura.security.PublicRateLimiter;
import fi.taitoura.share.ShareService;
import jakarta.servlet.http.HttpServletRequest;
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
    private final PublicRateLimiter limiter;

    SharePdfController(ShareService shares, PublicRateLimiter limiter) {
        this.shares = shares;
        this.limiter = limiter;
    }

    @GetMapping("/share/{token}/pdf/{code}")
    ResponseEntity<byte[]> pdf(@PathVariable String token, @PathVariable String code, HttpServletRequest request) {
        if (!limiter.tryAcquire("share", request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        }
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
