package fi.taitoura.fidelity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One item's score (1-5, null while unscored) and note in a review. */
@Entity
@Table(name = "fidelity_score")
class FidelityScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private FidelityReview review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private FidelityItem item;

    private Integer score;

    private String note;

    protected FidelityScore() {
    }

    FidelityScore(FidelityReview review, FidelityItem item) {
        this.review = review;
        this.item = item;
    }

    FidelityItem getItem() {
        return item;
    }

    Integer getScore() {
        return score;
    }

    void setScore(Integer score) {
        this.score = score;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
