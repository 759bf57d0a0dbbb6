package fi.taitoura.document;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of issued documents and their public verification. Features that issue documents (summaries,
 * certificates) decide who may issue and download; this service keeps the frozen PDF, the verification code and
 * the document's status.
 */
@Service
public class DocumentService {

    /**
     * True when the installation's public address (TAITOURA_PUBLIC_URL) is set to something other than this
     * machine: otherwise issued documents print a localhost address and their QR codes lead nowhere.
     */
    public boolean publicAddressConfigured() {
        String host;
        try {
            host = java.net.URI.create(publicUrl).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        return host != null && !host.equalsIgnoreCase("localhost") && !host.startsWith("127.") && !host.equals("[::1]");
    }

    /** Unambiguous characters (no 0/O, 1/I/L): 12 of them give about 59 bits. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final IssuedDocumentRepository documents;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    DocumentService(IssuedDocumentRepository documents, CurrentUser currentUser, AuditService audit,
                    @Value("${taitoura.public-url:http://localhost:8080}") String publicUrl) {
        this.documents = documents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A new, unused verification code in the form XXXX-XXXX-XXXX. */
    @Transactional(readOnly = true)
    public String newVerificationCode() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                if (i > 0 && i % 4 == 0) {
                    sb.append('-');
                }
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String code = sb.toString();
            if (documents.findByVerificationCode(code).isEmpty()) {
                return code;
            }
        }
    }

    /** The address printed on documents and in their QR code. */
    public String verificationUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    /** What a document registration says about the document; the PDF must already carry {@code code}. */
    public record Registration(DocumentKind kind, String code, Long traineeId, Long periodId, Long organisationId,
                               String issuerName, String traineeName, String title, Locale language) {
    }

    /**
     * Registers a finalised document with its PDF. When {@code replaces} is given, that document becomes
     * SUPERSEDED by the new one (a correction is a new version; the old one stays as it was).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentRef register(Registration r, byte[] pdf, Long replaces) {
        return register(r, pdf, null, replaces);
    }

    /**
     * Registers a finalised document with its PDF and the PDF's accessible HTML twin ({@code PdfReport.Rendered}),
     * which {@code /verify/{code}/document} shows while the document is current.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentRef register(Registration r, byte[] pdf, String html, Long replaces) {
        IssuedDocument doc = documents.save(new IssuedDocument(r.kind(), r.code(), r.traineeId(), r.periodId(),
                r.organisationId(), r.issuerName(), r.traineeName(), r.title(), r.language().getLanguage(),
                Instant.now(), currentUser.id().orElse(null), sha256(pdf)));
        documents.flush();
        documents.storeContent(doc.getId(), pdf);
        if (html != null) {
            documents.storeHtml(doc.getId(), html);
        }
        if (replaces != null) {
            IssuedDocument old = documents.findById(replaces).orElseThrow();
            if (old.getStatus() != DocumentStatus.CURRENT) {
                throw new BusinessRuleException("document.error.notCurrent");
            }
            old.supersede(doc);
        }
        audit.recordChange(AuditAction.CREATE, "IssuedDocument", doc.getId(), r.traineeId(),
                AuditDetails.of("kind", r.kind(), "replaces", replaces));
        return ref(doc);
    }

    /** An issued document as the feature that issued it sees it (ADR 0027: records, not the entity). */
    public record DocumentRef(Long id, String verificationCode, DocumentStatus status, Instant issuedAt,
                              Long traineeId, Long organisationId, String traineeName) {
    }

    private static DocumentRef ref(IssuedDocument d) {
        return new DocumentRef(d.getId(), d.getVerificationCode(), d.getStatus(), d.getIssuedAt(), d.getTraineeId(),
                d.getOrganisationId(), d.getTraineeName());
    }

    /** Withdraws a current document: verification then says it is no longer valid. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(Long documentId, String reason) {
        IssuedDocument doc = documents.findById(documentId).orElseThrow();
        if (doc.getStatus() != DocumentStatus.CURRENT) {
            throw new BusinessRuleException("document.error.notCurrent");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("document.error.reasonRequired");
        }
        doc.withdraw(reason.trim());
        audit.recordChange(AuditAction.UPDATE, "IssuedDocument", documentId, doc.getTraineeId(), AuditDetails.what("withdrawn"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DocumentRef> find(Long id) {
        return documents.findById(id).map(DocumentService::ref);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentRef> findForPeriod(Long periodId, DocumentKind kind) {
        return documents.findByPeriodIdAndKindOrderByIssuedAtDesc(periodId, kind).stream().map(DocumentService::ref)
                .toList();
    }

    /** The frozen PDF of a document; the caller has checked the user may see it. The download is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(Long documentId) {
        IssuedDocument doc = documents.findById(documentId).orElseThrow();
        audit.recordRead("IssuedDocument", documentId, doc.getTraineeId(), AuditDetails.what("pdf"));
        return documents.loadContent(documentId);
    }

    /** Public verification: no sign-in needed, and it reveals nothing beyond {@link Verification}. */
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        String normalised = normalise(code);
        if (normalised == null) {
            audit.recordPublicRead("IssuedDocument", null, null, AuditDetails.of("what", "verify", "result",
                    Verification.Result.UNKNOWN));
            return Verification.unknown();
        }
        IssuedDocument found = documents.findByVerificationCode(normalised).orElse(null);
        audit.recordPublicRead("IssuedDocument", found == null ? null : found.getId(),
                found == null ? null : found.getTraineeId(), AuditDetails.of("what", "verify", "result",
                        found == null ? Verification.Result.UNKNOWN : found.getStatus()));
        return java.util.Optional.ofNullable(found).map(d -> new Verification(
                switch (d.getStatus()) {
                    case CURRENT -> Verification.Result.VALID;
                    case SUPERSEDED -> Verification.Result.SUPERSEDED;
                    case WITHDRAWN -> Verification.Result.WITHDRAWN;
                }, d.getKind(), d.getIssuerName(), d.getTraineeName(), d.getIssuedAt(), d.getWithdrawnAt()))
                .orElseGet(Verification::unknown);
    }

    /**
     * The accessible view of a document for whoever holds its verification code (no sign-in): the verification facts
     * and, only while the document is current, its content as HTML. Superseded, withdrawn and unknown codes get no
     * content. Each view of content is audited as a read of the trainee's data.
     */
    @Transactional
    public Optional<AccessibleDocument> accessibleView(String code) {
        String normalised = normalise(code);
        if (normalised == null) {
            return Optional.empty();
        }
        return documents.findByVerificationCode(normalised).map(d -> {
            Verification v = verify(normalised);
            String html = null;
            if (v.result() == Verification.Result.VALID) {
                html = documents.loadHtml(d.getId());
                if (html != null) {
                    audit.recordRead("IssuedDocument", d.getId(), d.getTraineeId(),
                            AuditDetails.what("accessibleView"));
                }
            }
            return new AccessibleDocument(v, d.getVerificationCode(), d.getTitle(), d.getLanguage(), html);
        });
    }

    /** What {@link #accessibleView} shows: the verification, and the content's HTML when current and kept. */
    public record AccessibleDocument(Verification verification, String code, String title, String language,
                                     String html) {
    }

    /**
     * The status of a document by id, for public status checks that must reveal nothing else (an Open Badge's
     * credential status): empty when there is no such document.
     */
    @Transactional(readOnly = true)
    public Optional<DocumentStatus> status(Long documentId) {
        return documents.findById(documentId).map(IssuedDocument::getStatus);
    }

    /** What a holder of a verification code may know of its document: ids, status, the code normalised. */
    public record CodeFacts(Long documentId, Long traineeId, DocumentStatus status, String code, Instant issuedAt) {
    }

    /** {@link #factsOf(String)} by the document's id, for the feature that issued it. */
    @Transactional(readOnly = true)
    public Optional<CodeFacts> factsOf(Long documentId) {
        return documents.findById(documentId).map(DocumentService::facts);
    }

    private static CodeFacts facts(IssuedDocument d) {
        return new CodeFacts(d.getId(), d.getTraineeId(), d.getStatus(), d.getVerificationCode(), d.getIssuedAt());
    }

    /**
     * The document with this verification code, whatever its status; ids only. For a feature that shows a document
     * to whoever holds its code (a trainee's share link, issue #16).
     */
    @Transactional(readOnly = true)
    public Optional<CodeFacts> factsOf(String code) {
        String normalised = normalise(code);
        return normalised == null ? Optional.empty() : documents.findByVerificationCode(normalised)
                .map(DocumentService::facts);
    }

    /**
     * The frozen PDF of the current document with this verification code, for a holder of the code who is not signed
     * in (a trainee's share link, issue #16): the accessible view of {@code /verify/{code}/document} already shows the
     * same content to whoever holds the code. Empty unless the document is current. Audited as a public read.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> currentPdfByCode(String code) {
        String normalised = normalise(code);
        if (normalised == null) {
            return Optional.empty();
        }
        return documents.findByVerificationCode(normalised).filter(d -> d.getStatus() == DocumentStatus.CURRENT)
                .map(d -> {
                    audit.recordPublicRead("IssuedDocument", d.getId(), d.getTraineeId(), AuditDetails.what("sharedPdf"));
                    return documents.loadContent(d.getId());
                });
    }

    /** When a document was issued and its status now. */
    public record IssueState(java.time.Instant issuedAt, DocumentStatus status) {
    }

    /** When the document was issued and its status, for a feature listing its own documents. */
    @Transactional(readOnly = true)
    public Optional<IssueState> issueState(Long documentId) {
        return documents.findById(documentId).map(d -> new IssueState(d.getIssuedAt(), d.getStatus()));
    }

    /** Upper case, separators normalised; null when it cannot be a code. */
    static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String compact = code.trim().toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (compact.length() != 12) {
            return null;
        }
        return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
