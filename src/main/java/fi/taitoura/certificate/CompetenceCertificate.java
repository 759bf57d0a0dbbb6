package fi.taitoura.certificate;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An issued competence certificate: frozen data (JSON) and the issued document (PDF, verification code). */
@Entity
@Table(name = "competence_certificate")
public class CompetenceCertificate extends AbstractEntity {

    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String snapshot;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "created_by")
    private Long createdBy;

    protected CompetenceCertificate() {
    }

    CompetenceCertificate(Long periodId, String language, String snapshot, Long documentId, Long createdBy) {
        this.periodId = periodId;
        this.language = language;
        this.snapshot = snapshot;
        this.documentId = documentId;
        this.createdBy = createdBy;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public String getLanguage() {
        return language;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
