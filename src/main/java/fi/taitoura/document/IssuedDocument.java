package fi.taitoura.document;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A finalised, delivered document. Names of the trainee and issuer are stored as they were at issue time, so that
 * verification shows what the document says. The PDF is kept in {@code issued_document_content}.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(name = "verification_code", nullable = false, updatable = false)
    private String verificationCode;

    @Column(name = "trainee_id", nullable = false)
    private Long traineeId;

    @Column(name = "period_id")
    private Long periodId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "issuer_name", nullable = false)
    private String issuerName;

    @Column(name = "trainee_name", nullable = false)
    private String traineeName;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String language;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by")
    private Long issuedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status = DocumentStatus.CURRENT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private IssuedDocument supersededBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(nullable = false)
    private String sha256;

    protected IssuedDocument() {
    }

    IssuedDocument(DocumentKind kind, String verificationCode, Long traineeId, Long periodId, Long organisationId,
                   String issuerName, String traineeName, String title, String language, Instant issuedAt,
                   Long issuedBy, String sha256) {
        this.kind = kind;
        this.verificationCode = verificationCode;
        this.traineeId = traineeId;
        this.periodId = periodId;
        this.organisationId = organisationId;
        this.issuerName = issuerName;
        this.traineeName = traineeName;
        this.title = title;
        this.language = language;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.sha256 = sha256;
    }

    void supersede(IssuedDocument by) {
        this.status = DocumentStatus.SUPERSEDED;
        this.supersededBy = by;
    }

    void withdraw(String reason) {
        this.status = DocumentStatus.WITHDRAWN;
        this.withdrawnAt = Instant.now();
        this.withdrawnReason = reason;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Long getIssuedBy() {
        return issuedBy;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public IssuedDocument getSupersededBy() {
        return supersededBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public String getSha256() {
        return sha256;
    }
}
