package fi.taitoura.share;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A link a trainee made to show chosen certificates to an employer or a school (issue #16). Only the SHA-256 hash
 * of its token is kept; the trainee sees the address once, when it is made. Refers to the trainee and the
 * certificates by id.
 */
@Entity
@Table(name = "share_link")
class ShareLink extends AbstractEntity {

    @Column(name = "trainee_id", nullable = false)
    private Long traineeId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(length = 80)
    private String label;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "share_link_document", joinColumns = @JoinColumn(name = "link_id"))
    @OrderColumn(name = "position")
    private List<SharedDocument> documents = new ArrayList<>();

    /** A chosen certificate: its id, and its verification code (what lets its holder see the document). */
    @Embeddable
    record SharedDocument(@Column(name = "certificate_id", nullable = false) Long certificateId,
                          @Column(name = "verification_code", nullable = false) String verificationCode) {
    }

    protected ShareLink() {
    }

    ShareLink(Long traineeId, String tokenHash, String label, Instant expiresAt, List<SharedDocument> documents) {
        this.traineeId = traineeId;
        this.tokenHash = tokenHash;
        this.label = label;
        this.expiresAt = expiresAt;
        this.documents = new ArrayList<>(documents);
    }

    /** Usable now: not revoked and not expired. */
    boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    Long getTraineeId() {
        return traineeId;
    }

    String getLabel() {
        return label;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    List<SharedDocument> getDocuments() {
        return documents;
    }
}
