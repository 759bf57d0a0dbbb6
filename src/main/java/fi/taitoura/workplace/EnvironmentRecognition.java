package fi.taitoura.workplace;

import fi.taitoura.base.db.AbstractEntity;
import fi.taitoura.catalogue.Qualification;
import fi.taitoura.user.AppUser;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "reviewer_id")
    private AppUser reviewer;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "created_by_id")
    private AppUser createdBy;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "submitted_by_id")
    private AppUser submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decided_by_id")
    private AppUser decidedBy;

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

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "environment_recognition_qualification", joinColumns = @JoinColumn(name = "recognition_id"),
            inverseJoinColumns = @JoinColumn(name = "qualification_id"))
    private Set<Qualification> qualifications = new LinkedHashSet<>();

    @OneToMany(mappedBy = "recognition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RecognitionItem> items = new ArrayList<>();

    protected EnvironmentRecognition() {
    }

    EnvironmentRecognition(WorkUnit workUnit, int revision, EnvironmentRecognition previous, AppUser createdBy) {
        this.workUnit = workUnit;
        this.revision = revision;
        this.previous = previous;
        this.createdBy = createdBy;
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

    public AppUser getReviewer() {
        return reviewer;
    }

    void setReviewer(AppUser reviewer) {
        this.reviewer = reviewer;
    }

    public AppUser getCreatedBy() {
        return createdBy;
    }

    public AppUser getSubmittedBy() {
        return submittedBy;
    }

    void setSubmittedBy(AppUser submittedBy) {
        this.submittedBy = submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public AppUser getDecidedBy() {
        return decidedBy;
    }

    void setDecidedBy(AppUser decidedBy) {
        this.decidedBy = decidedBy;
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

    public Set<Qualification> getQualifications() {
        return qualifications;
    }

    public List<RecognitionItem> getItems() {
        return items;
    }

    @Override
    public String toString() {
        return workUnit + " v" + revision + " " + state;
    }
}
