package fi.taitoura.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a draft summary. */
@Entity
@Table(name = "summary_comment")
public class SummaryComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "summary_id", nullable = false)
    private Long summaryId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected SummaryComment() {
    }

    SummaryComment(Long summaryId, Long authorId, String text) {
        this.summaryId = summaryId;
        this.authorId = authorId;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Long getSummaryId() {
        return summaryId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
