package fi.taitoura.share;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One opening of a share link: when, and nothing about who (ADR 0030). */
@Entity
@Table(name = "share_link_opening")
class ShareOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "link_id", nullable = false)
    private Long linkId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected ShareOpening() {
    }

    ShareOpening(Long linkId, Instant openedAt) {
        this.linkId = linkId;
        this.openedAt = openedAt;
    }
}
