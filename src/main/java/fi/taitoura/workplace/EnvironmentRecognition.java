package fi.taitoura.workplace;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a work unit's environment recognition (oppimisympäristön tunnistaminen, the PAIKKO "työversio"):
 * the qualifications, units, skill requirements and T1 criteria that the unit's work offers, and the review.
 * Changed only through {@link RecognitionService}.
 */
@Entity
@Table(name = "environment_recognition")
public class EnvironmentRecognition extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "work_unit_id", nullable = false, updatable = false)
    private WorkUnit workUnit;

    /** 1 for the first version of the unit, +1 for each revision. */
    @Column(nullable = false, updatable = false)
    private int revision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id", updatable = false)
    private EnvironmentRecognition previous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecognitionState state = RecognitionState.DRAFT;

    @Column(name = "work_description")
    private String workDescription;

    /** The user's id (the user feature owns users; {@code UserService#findNames} names them). */
    @Column(name = "reviewer_id")
    private Long reviewerId;

    /** The user's id (the user feature owns users; {@code UserService#findNames} names them). */
    @Column(name = "created_by_id")
    private Long createdById;

    /** The user's id (the user feature owns users; {@code UserService#findNames} names them). */
    @Column(name = "submitted_by_id")
    private Long submittedById;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The user's id (the user feature owns users; {@code UserService#findNames} names them). */
    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    /** Set when a newer version of the same work unit was approved; this one then stays only as history. */
    @Column(name = "superseded_at")
    private Instant supersededAt;

    /** Ids of the catalogue's qualifications ({@code CatalogueReader#qualificationRefs} names them). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "environment_recognition_qualification",
            joinColumns = @JoinColumn(name = "recognition_id"))
    @Column(name = "qualification_id")
    private Set<Long> qualificationIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "recognition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RecognitionItem> items = new ArrayList<>();

    protected EnvironmentRecognition() {
    }

    EnvironmentRecognition(WorkUnit workUnit, int revision, EnvironmentRecognition previous, Long createdById) {
        this.workUnit = workUnit;
        this.revision = revision;
        this.previous = previous;
        this.createdById = createdById;
    }

    /** True when this is an approved version that no newer approved version has replaced. */
    public boolean isInForce() {
        return state == RecognitionState.APPROVED && supersededAt == null;
    }

    public WorkUnit getWorkUnit() {
        return workUnit;
    }

    public int getRevision() {
        return revision;
    }

    public EnvironmentRecognition getPrevious() {
        return previous;
    }

    public RecognitionState getState() {
        return state;
    }

    void setState(RecognitionState state) {
        this.state = state;
    }

    public String getWorkDescription() {
        return workDescription;
    }

    void setWorkDescription(String workDescription) {
        this.workDescription = workDescription;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    void setReviewerId(Long reviewerId) {
        this.reviewerId = reviewerId;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public Long getSubmittedById() {
        return submittedById;
    }

    void setSubmittedById(Long submittedById) {
        this.submittedById = submittedById;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Long getDecidedById() {
        return decidedById;
    }

    void setDecidedById(Long decidedById) {
        this.decidedById = decidedById;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    void setDecisionComment(String decisionComment) {
        this.decisionComment = decisionComment;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    void setNextReviewOn(LocalDate nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    void setSupersededAt(Instant supersededAt) {
        this.supersededAt = supersededAt;
    }

    public Set<Long> getQualificationIds() {
        return qualificationIds;
    }

    public List<RecognitionItem> getItems() {
        return items;
    }

    @Override
    public String toString() {
        return workUnit + " v" + revision + " " + state;
    }
}
