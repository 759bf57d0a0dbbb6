package fi.taitoura.workplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One ticked thing of a recognition: a unit, a skill requirement or a T1 criterion, with how it is practised in
 * the work unit and the reviewer's decision. {@link #getUnitId()} is always the qualification unit it belongs to.
 */
@Entity
@Table(name = "recognition_item")
public class RecognitionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recognition_id", nullable = false, updatable = false)
    private EnvironmentRecognition recognition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RecognitionItemKind kind;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "requirement_id", updatable = false)
    private Long requirementId;

    @Column(name = "criterion_id", updatable = false)
    private Long criterionId;

    private String practice;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false)
    private ReviewStatus reviewStatus = ReviewStatus.PENDING;

    @Column(name = "review_comment")
    private String reviewComment;

    protected RecognitionItem() {
    }

    RecognitionItem(EnvironmentRecognition recognition, RecognitionItemKind kind, Long unitId, Long requirementId,
                    Long criterionId, String practice) {
        this.recognition = recognition;
        this.kind = kind;
        this.unitId = unitId;
        this.requirementId = requirementId;
        this.criterionId = criterionId;
        this.practice = practice;
    }

    /** The id of what is ticked: the unit's, the requirement's or the criterion's. */
    public Long getTargetId() {
        return switch (kind) {
            case UNIT -> unitId;
            case REQUIREMENT -> requirementId;
            case CRITERION -> criterionId;
        };
    }

    public ItemRef ref() {
        return new ItemRef(kind, getTargetId());
    }

    /** Counts as recognised once the version is approved: not rejected by the reviewer. */
    public boolean isRecognised() {
        return reviewStatus != ReviewStatus.REJECTED;
    }

    public Long getId() {
        return id;
    }

    public EnvironmentRecognition getRecognition() {
        return recognition;
    }

    public RecognitionItemKind getKind() {
        return kind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getRequirementId() {
        return requirementId;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public String getPractice() {
        return practice;
    }

    void setPractice(String practice) {
        this.practice = practice;
    }

    public ReviewStatus getReviewStatus() {
        return reviewStatus;
    }

    void setReviewStatus(ReviewStatus reviewStatus) {
        this.reviewStatus = reviewStatus;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }
}
