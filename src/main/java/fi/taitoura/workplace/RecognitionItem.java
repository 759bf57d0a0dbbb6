package fi.taitoura.workplace;

import fi.taitoura.catalogue.AssessmentCriterion;
import fi.taitoura.catalogue.QualificationUnit;
import fi.taitoura.catalogue.SkillRequirement;
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
 * the work unit and the reviewer's decision. {@link #getUnit()} is always the qualification unit it belongs to.
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private QualificationUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requirement_id", updatable = false)
    private SkillRequirement requirement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "criterion_id", updatable = false)
    private AssessmentCriterion criterion;

    private String practice;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false)
    private ReviewStatus reviewStatus = ReviewStatus.PENDING;

    @Column(name = "review_comment")
    private String reviewComment;

    protected RecognitionItem() {
    }

    RecognitionItem(EnvironmentRecognition recognition, RecognitionItemKind kind, QualificationUnit unit,
                    SkillRequirement requirement, AssessmentCriterion criterion, String practice) {
        this.recognition = recognition;
        this.kind = kind;
        this.unit = unit;
        this.requirement = requirement;
        this.criterion = criterion;
        this.practice = practice;
    }

    /** The id of what is ticked: the unit's, the requirement's or the criterion's. */
    public Long getTargetId() {
        return switch (kind) {
            case UNIT -> unit.getId();
            case REQUIREMENT -> requirement.getId();
            case CRITERION -> criterion.getId();
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

    public QualificationUnit getUnit() {
        return unit;
    }

    public SkillRequirement getRequirement() {
        return requirement;
    }

    public AssessmentCriterion getCriterion() {
        return criterion;
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
