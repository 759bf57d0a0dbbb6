package fi.taitoura.certificate;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.document.DocumentBranding;
import fi.taitoura.document.DocumentJson;
import fi.taitoura.document.DocumentKind;
import fi.taitoura.document.DocumentService;
import fi.taitoura.document.QrCodes;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.PeriodDetails;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competence certificates (osaamistodistus): issued by the period's coach or career agent from the ledger, only
 * with requirements covered by an approved environment recognition; frozen, verifiable, withdrawable, and also
 * downloadable as Open Badges 3.0 credentials.
 */
@Service
public class CertificateService {

    private final CompetenceCertificateRepository certificates;
    private final CertificateDataBuilder builder;
    private final TraineeService trainees;
    private final DocumentService documents;
    private final DocumentBranding branding;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final String publicUrl;
    private final OpenBadges badges;
    private final fi.taitoura.workplace.WorkplaceService workplaces;

    CertificateService(CompetenceCertificateRepository certificates, CertificateDataBuilder builder,
                       TraineeService trainees, DocumentService documents, DocumentBranding branding,
                       TranslationProvider translations, CurrentUser currentUser, AuditService audit,
                       @Value("${taitoura.public-url:http://localhost:8080}") String publicUrl, OpenBadges badges,
                       fi.taitoura.workplace.WorkplaceService workplaces) {
        this.badges = badges;
        this.workplaces = workplaces;
        this.certificates = certificates;
        this.builder = builder;
        this.trainees = trainees;
        this.documents = documents;
        this.branding = branding;
        this.translations = translations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.publicUrl = publicUrl.replaceAll("/$", "");
    }

    /** What a certificate of the period would show now (a preview before issuing). */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public CertificateData preview(Long periodId) {
        return builder.build(periodId);
    }

    /**
     * The certificate as it would be issued now, as a PDF marked as a draft ("LUONNOS" across every page, no valid
     * verification code): the coach looks at it before issuing (issue 13).
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional(readOnly = true)
    public byte[] previewPdf(Long periodId, Locale language) {
        CertificateData data = builder.build(periodId);
        Locale locale = TranslationProvider.supported(language);
        String draft = translations.getTranslation("summary.draftMark", locale);
        return CertificatePdf.renderDocument(data, locale, translations, draft, draft, QrCodes.png("DRAFT", 120),
                branding.logo(), draft).pdf();
    }

    /** False while TAITOURA_PUBLIC_URL is not set: issued documents would print a localhost address (issue 13). */
    @PreAuthorize("isAuthenticated()")
    public boolean publicAddressConfigured() {
        return documents.publicAddressConfigured();
    }

    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<CompetenceCertificate> findForPeriod(Long periodId) {
        trainees.requirePeriodForRead(periodId);
        return certificates.findByPeriodIdOrderByIdDesc(periodId);
    }

    /** A certificate as another feature lists it: id, when issued, language. */
    public record CertificateRow(Long id, java.time.Instant createdAt, String language) {
    }

    /** {@link #findForPeriod} as records, for another feature (the read of the period is audited). */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<CertificateRow> findRowsForPeriod(Long periodId) {
        return findForPeriod(periodId).stream()
                .map(c -> new CertificateRow(c.getId(), c.getCreatedAt(), c.getLanguage())).toList();
    }

    /**
     * A certificate as its trainee sees it among their own documents (issue #16): when issued, its status, its
     * verification code and its units (code and name in the certificate's language).
     */
    public record OwnCertificate(Long certificateId, Long periodId, java.time.Instant issuedAt,
                                 fi.taitoura.document.DocumentStatus status, String verificationCode, String language,
                                 List<String> units) {
        public boolean current() {
            return status == fi.taitoura.document.DocumentStatus.CURRENT;
        }
    }

    /** The certificates of the period with status and units, newest first (the read of each is audited). */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<OwnCertificate> ownCertificates(Long periodId) {
        return findForPeriod(periodId).stream().map(c -> {
            DocumentService.CodeFacts doc = documents.factsOf(c.getDocumentId()).orElseThrow();
            Locale locale = Locale.of(c.getLanguage());
            audit.recordRead("CompetenceCertificate", c.getId(), doc.traineeId(), AuditDetails.what("own"));
            return new OwnCertificate(c.getId(), periodId, doc.issuedAt(), doc.status(),
                    doc.code(), c.getLanguage(), data(c).units().stream()
                    .map(u -> (u.code() == null ? "" : u.code() + " ") + u.name().in(locale)).toList());
        }).toList();
    }

    /**
     * What a trainee's share link shows of a certificate (issue #16), to whoever holds the link: the certificate's
     * own content minus the date of birth (the PDF has it all), and the address that verifies it.
     */
    public record SharedCertificate(String verificationCode, String verifyUrl, String language, String traineeName,
                                    String organisation, String workUnit, java.time.LocalDate start,
                                    java.time.LocalDate end, java.time.LocalDate issuedOn,
                                    List<CertificateData.Unit> units) {
    }

    /**
     * The current certificate with this verification code, for a share link (no sign-in): the verification code is
     * what lets its holder see the document ({@code /verify/{code}/document} shows the same content). Empty when no
     * certificate has the code or it is no longer current. Audited as a public read of the trainee's data.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<SharedCertificate> shared(String verificationCode) {
        return documents.factsOf(verificationCode)
                .filter(f -> f.status() == fi.taitoura.document.DocumentStatus.CURRENT)
                .flatMap(f -> certificates.findByDocumentId(f.documentId()).map(c -> {
                    CertificateData d = data(c);
                    audit.recordPublicRead("CompetenceCertificate", c.getId(), f.traineeId(),
                            AuditDetails.what("shared"));
                    return new SharedCertificate(f.code(), documents.verificationUrl(f.code()), c.getLanguage(),
                            d.traineeName(), d.organisation(), d.workUnit(), d.start(), d.end(), d.issuedOn(),
                            d.units());
                }));
    }

    /** The PDF of the current certificate with this verification code, for a share link (no sign-in); audited. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<byte[]> sharedPdf(String verificationCode) {
        return documents.currentPdfByCode(verificationCode);
    }

    /** True when the signed-in user may issue (and withdraw) certificates of the period; records nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canIssue(Long periodId) {
        return trainees.mayWritePeriod(periodId);
    }

    /** A certificate as the referring case worker's list shows it. */
    public record DeliveredCertificate(Long certificateId, Long periodId, String traineeName, String workUnitName,
                                       java.time.LocalDate start, java.time.LocalDate end, java.time.Instant issuedAt,
                                       fi.taitoura.document.DocumentStatus status) {
    }

    /**
     * The certificates delivered to the signed-in case worker: those of the periods they referred whose trainee
     * consents to certificates being given to the referrer ({@link CertificateAccess}), newest period first. The
     * list read is audited with the trainees it shows.
     */
    @PreAuthorize("hasRole('CASE_WORKER')")
    @Transactional(readOnly = true)
    public List<DeliveredCertificate> findDelivered() {
        List<DeliveredCertificate> rows = new java.util.ArrayList<>();
        java.util.Set<Long> shown = new java.util.LinkedHashSet<>();
        for (TraineeService.ReferredPeriod p : trainees.findReferredPeriods()) {
            if (!p.certificates()) {
                continue;
            }
            for (CompetenceCertificate c : certificates.findByPeriodIdOrderByIdDesc(p.periodId())) {
                DocumentService.IssueState doc = documents.issueState(c.getDocumentId()).orElseThrow();
                rows.add(new DeliveredCertificate(c.getId(), p.periodId(), p.traineeName(), p.workUnitName(),
                        p.start(), p.end(), doc.issuedAt(), doc.status()));
                shown.add(p.traineeId());
            }
        }
        audit.recordListRead("CertificateList", shown, null);
        return rows;
    }

    /** Issues a certificate of the period in the language: frozen data, PDF with verification code and QR. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional
    public CompetenceCertificate issue(Long periodId, Locale language) {
        PeriodDetails p = trainees.writablePeriod(periodId);
        CertificateData data = builder.build(periodId);
        if (data.units().isEmpty()) {
            throw new BusinessRuleException("certificate.noUnits");
        }
        Locale locale = TranslationProvider.supported(language);
        String code = documents.newVerificationCode();
        String url = documents.verificationUrl(code);
        fi.taitoura.base.pdf.PdfReport.Rendered rendered = CertificatePdf.renderDocument(data, locale, translations,
                code, url, QrCodes.png(url, 300), branding.logo());
        Long replaces = certificates.findByPeriodIdOrderByIdDesc(periodId).stream().findFirst()
                .flatMap(c -> documents.find(c.getDocumentId()))
                .filter(d -> d.status() == fi.taitoura.document.DocumentStatus.CURRENT)
                .map(DocumentService.DocumentRef::id).orElse(null);
        DocumentService.DocumentRef doc = documents.register(new DocumentService.Registration(
                DocumentKind.COMPETENCE_CERTIFICATE, code, p.traineeId(), periodId, p.organisationId(),
                p.organisationName(), p.traineeName(),
                translations.getTranslation("certificate.pdf.title", locale), locale), rendered.pdf(),
                rendered.html(), replaces);
        CompetenceCertificate c = certificates.saveAndFlush(new CompetenceCertificate(periodId, locale.getLanguage(),
                DocumentJson.write(data), doc.id(), currentUser.requireId()));
        audit.recordChange(AuditAction.CREATE, "CompetenceCertificate", c.getId(), p.traineeId(),
                AuditDetails.of("document", code));
        return c;
    }

    /**
     * A certificate the user may see ({@link CertificateAccess#mayRead}: who may see the period, and the referring
     * case worker it is delivered to). The read is audited.
     */
    @PreAuthorize("@certificateAccess.mayRead(#certificateId)")
    @Transactional(readOnly = true)
    public CompetenceCertificate require(Long certificateId) {
        CompetenceCertificate c = certificates.findById(certificateId)
                .orElseThrow(() -> new AccessDeniedException("No certificate"));
        Long traineeId = trainees.periodHeadings(List.of(c.getPeriodId())).get(c.getPeriodId()).traineeId();
        audit.recordRead("CompetenceCertificate", certificateId, traineeId, null);
        return c;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CertificateData data(CompetenceCertificate c) {
        return DocumentJson.read(c.getSnapshot(), CertificateData.class);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentService.DocumentRef document(CompetenceCertificate c) {
        return documents.find(c.getDocumentId()).orElseThrow();
    }

    @PreAuthorize("@certificateAccess.mayRead(#certificateId)")
    @Transactional(readOnly = true)
    public byte[] pdf(Long certificateId) {
        return documents.pdf(require(certificateId).getDocumentId());
    }

    /** The certificate as Open Badges 3.0 credentials, a JSON array with one credential per unit. */
    @PreAuthorize("@certificateAccess.mayRead(#certificateId)")
    @Transactional
    public String openBadges(Long certificateId) {
        CompetenceCertificate c = require(certificateId);
        DocumentService.DocumentRef doc = document(c);
        if (doc.status() == fi.taitoura.document.DocumentStatus.WITHDRAWN) {
            throw new BusinessRuleException("certificate.withdrawn");
        }
        List<String> credentials = badges.signedCredentials(data(c), c.getDocumentId(), doc.verificationCode(),
                doc.organisationId(), doc.issuedAt(), Locale.of(c.getLanguage()));
        audit.recordChange(AuditAction.EXPORT, "CompetenceCertificate", certificateId, doc.traineeId(),
                AuditDetails.what("openBadges"));
        return DocumentJson.write(credentials);
    }

    /** Withdraws a certificate (e.g. issued by mistake): verification then says it is no longer valid. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public void withdraw(Long certificateId, String reason) {
        CompetenceCertificate c = certificates.findById(certificateId).orElseThrow();
        trainees.requirePeriodForWrite(c.getPeriodId());
        documents.withdraw(c.getDocumentId(), reason);
    }

    // ------------------------------------------------------------------ Open Badges: public, no sign-in

    /**
     * Checks a pasted or uploaded badge (no sign-in): its signature with the published key, its VC-JWT claims and
     * the status of the certificate it came from. Reveals nothing beyond what the badge itself says.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public OpenBadges.BadgeCheck verifyBadge(String badge) {
        return badges.check(badge, documents::status);
    }

    /** The issuer profile of an organisation, served at its id, with the keys that verify its badges. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<Map<String, Object>> badgeIssuer(Long organisationId) {
        return workplaces.findPublicOrganisation(organisationId)
                .map(o -> badges.issuerProfile(o.id(), o.name(), o.businessId()));
    }

    /** A unit's shared achievement definition in a language, served at its id. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<Map<String, Object>> badgeAchievement(Long unitId, Locale locale) {
        return badges.achievement(unitId, TranslationProvider.supported(locale));
    }

    /** The public signing keys (JWK set), newest first. */
    @PreAuthorize("permitAll()")
    public Map<String, Object> badgeKeys() {
        return badges.publicKeySet();
    }

    /** One public key (JWK) by its id. */
    @PreAuthorize("permitAll()")
    public java.util.Optional<Map<String, Object>> badgeKey(String keyId) {
        return badges.publicKey(keyId);
    }

    /** A credential's status by its id's parts (valid, superseded or withdrawn); nothing personal. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<fi.taitoura.document.DocumentStatus> badgeStatus(Long documentId) {
        return documents.status(documentId);
    }
}
