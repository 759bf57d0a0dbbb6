package fi.taitoura.share;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.certificate.CertificateService.OwnCertificate;
import fi.taitoura.certificate.CertificateService.SharedCertificate;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeAccounts.Own;
import fi.taitoura.trainee.TraineeAccounts.OwnPeriod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee's share links (issue #16, ADR 0030): the trainee chooses their current certificates, an expiry (30 days
 * unless they choose otherwise, at most 90) and a label for themself; the address carries a 256-bit random token,
 * kept only as its SHA-256 hash. Anyone holding the address sees the chosen certificates until the link expires or
 * the trainee revokes it; every opening is kept (time only) and shown to the trainee.
 */
@Service
public class ShareService {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 90;
    public static final int MAX_LABEL = 80;
    public static final int MAX_DOCUMENTS = 10;

    /** ACTIVE: opens; EXPIRED, REVOKED: shows only "link not valid". */
    public enum LinkStatus { ACTIVE, EXPIRED, REVOKED }

    /** A link as its trainee sees it: what it shows, until when, how often and when last opened. */
    public record LinkView(Long id, long version, String label, Instant createdAt, Instant expiresAt,
                           Instant revokedAt, LinkStatus status, List<Long> certificateIds, long openings,
                           Instant lastOpened) {
    }

    /** A link just made: the address's token, shown to the trainee once. */
    public record Created(LinkView link, String token) {
    }

    /** What the public page shows for a valid link: the chosen certificates that are still current. */
    public record SharedPage(List<SharedCertificate> documents, Instant expiresAt) {
    }

    private final ShareLinkRepository links;
    private final ShareOpeningRepository openings;
    private final TraineeAccounts accounts;
    private final CertificateService certificates;
    private final AuditService audit;
    private final SecureRandom random = new SecureRandom();

    ShareService(ShareLinkRepository links, ShareOpeningRepository openings, TraineeAccounts accounts,
                 CertificateService certificates, AuditService audit) {
        this.links = links;
        this.openings = openings;
        this.accounts = accounts;
        this.certificates = certificates;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ the trainee

    /** The signed-in trainee's certificates in all their periods, newest period first. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<OwnCertificate> ownCertificates() {
        Own own = requireOwn();
        List<OwnCertificate> all = new ArrayList<>();
        for (OwnPeriod p : own.periods()) {
            all.addAll(certificates.ownCertificates(p.periodId()));
        }
        return all;
    }

    /** The signed-in trainee's links, newest first, with their openings. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<LinkView> ownLinks() {
        Own own = requireOwn();
        List<ShareLink> mine = links.findByTraineeIdOrderByCreatedAtDescIdDesc(own.traineeId());
        audit.recordRead("ShareLink", null, own.traineeId(), AuditDetails.what("own"));
        return views(mine);
    }

    /**
     * Makes a link to the chosen certificates of the signed-in trainee (their own and current), valid for
     * {@code days} days (1 to {@link #MAX_DAYS}); the label is for the trainee only.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public Created create(Collection<Long> certificateIds, int days, String label) {
        Own own = requireOwn();
        if (certificateIds == null || certificateIds.isEmpty()) {
            throw new BusinessRuleException("share.error.documents");
        }
        if (certificateIds.size() > MAX_DOCUMENTS) {
            throw new BusinessRuleException("share.error.tooMany", MAX_DOCUMENTS);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new BusinessRuleException("share.error.days", MAX_DAYS);
        }
        String cleanLabel = label == null || label.isBlank() ? null : label.strip();
        if (cleanLabel != null && cleanLabel.length() > MAX_LABEL) {
            throw new BusinessRuleException("validation.maxLength", MAX_LABEL);
        }
        Map<Long, OwnCertificate> mine = new LinkedHashMap<>();
        ownCertificates().forEach(c -> mine.put(c.certificateId(), c));
        List<ShareLink.SharedDocument> docs = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(certificateIds)) {
            OwnCertificate c = mine.get(id);
            if (c == null) {
                throw new AccessDeniedException("Not the trainee's own certificate");
            }
            if (!c.current()) {
                throw new BusinessRuleException("share.error.notCurrent");
            }
            docs.add(new ShareLink.SharedDocument(id, c.verificationCode()));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        ShareLink link = links.saveAndFlush(new ShareLink(own.traineeId(), hash(token), cleanLabel,
                now.plus(Duration.ofDays(days)), docs));
        audit.recordChange(AuditAction.CREATE, "ShareLink", link.getId(), own.traineeId(),
                AuditDetails.of("documents", docs.size(), "days", days));
        return new Created(view(link, 0, null, now), token);
    }

    /** Revokes one of the signed-in trainee's links: it then shows only "link not valid". */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional
    public LinkView revoke(Long linkId, long version) {
        Own own = requireOwn();
        ShareLink link = links.findById(linkId).filter(l -> l.getTraineeId().equals(own.traineeId()))
                .orElseThrow(() -> new AccessDeniedException("Not the trainee's own link"));
        if (link.getVersion() != version) {
            throw new ConcurrentEditException("ShareLink", linkId);
        }
        if (link.getRevokedAt() == null) {
            link.revoke(Instant.now());
            links.saveAndFlush(link);
            audit.recordChange(AuditAction.UPDATE, "ShareLink", linkId, own.traineeId(), AuditDetails.what("revoked"));
        }
        return views(List.of(link)).get(0);
    }

    // ------------------------------------------------------------------ the public page (no sign-in)

    /**
     * Opens a link (no sign-in): the chosen certificates while the link is valid, and the opening is kept (time
     * only) and audited. Empty, with nothing kept, when no link has the token, or it expired or was revoked.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<SharedPage> open(String token) {
        Instant now = Instant.now();
        return valid(token, now).map(link -> {
            openings.save(new ShareOpening(link.getId(), now));
            audit.recordPublicRead("ShareLink", link.getId(), link.getTraineeId(), AuditDetails.what("open"));
            List<SharedCertificate> shown = new ArrayList<>();
            for (ShareLink.SharedDocument d : link.getDocuments()) {
                certificates.shared(d.verificationCode()).ifPresent(shown::add);
            }
            return new SharedPage(shown, link.getExpiresAt());
        });
    }

    /** The PDF of the link's certificate with the verification code, while the link is valid and shows it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(String token, String verificationCode) {
        return valid(token, Instant.now())
                .filter(link -> link.getDocuments().stream()
                        .anyMatch(d -> d.verificationCode().equals(verificationCode)))
                .flatMap(link -> certificates.sharedPdf(verificationCode));
    }

    private Optional<ShareLink> valid(String token, Instant now) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return links.findByTokenHash(hash(token)).filter(l -> l.validAt(now));
    }

    // ------------------------------------------------------------------

    private Own requireOwn() {
        return accounts.own().orElseThrow(() -> new AccessDeniedException("No trainee record"));
    }

    private List<LinkView> views(List<ShareLink> list) {
        Map<Long, Object[]> counts = new HashMap<>();
        if (!list.isEmpty()) {
            openings.countsOf(list.stream().map(ShareLink::getId).toList())
                    .forEach(row -> counts.put((Long) row[0], row));
        }
        Instant now = Instant.now();
        return list.stream().map(l -> {
            Object[] c = counts.get(l.getId());
            return view(l, c == null ? 0 : ((Number) c[1]).longValue(), c == null ? null : (Instant) c[2], now);
        }).toList();
    }

    private static LinkView view(ShareLink l, long opened, Instant last, Instant now) {
        LinkStatus status = l.getRevokedAt() != null ? LinkStatus.REVOKED
                : now.isBefore(l.getExpiresAt()) ? LinkStatus.ACTIVE : LinkStatus.EXPIRED;
        return new LinkView(l.getId(), l.getVersion(), l.getLabel(), l.getCreatedAt(), l.getExpiresAt(),
                l.getRevokedAt(), status, l.getDocuments().stream().map(ShareLink.SharedDocument::certificateId)
                .toList(), opened, last);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
