package fi.taitoura.fidelity;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A fidelity self-review of one service by a team (organisation and users referred to by id). */
@Entity
@Table(name = "fidelity_review")
public class FidelityReview extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false, updatable = false)
    private FidelityInstrument instrument;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "service_name", nullable = false)
    private String serviceName;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewState state = ReviewState.DRAFT;

    @Column(name = "external_reviewers")
    private String externalReviewers;

    @Column(name = "action_plan")
    private String actionPlan;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fidelity_review_reviewer", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "user_id")
    private Set<Long> reviewerIds = new HashSet<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<FidelityScore> scores = new ArrayList<>();

    protected FidelityReview() {
    }

    FidelityReview(FidelityInstrument instrument, Long organisationId, Long createdBy) {
        this.instrument = instrument;
        this.organisationId = organisationId;
        this.createdBy = createdBy;
    }

    public FidelityInstrument getInstrument() {
        return instrument;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getServiceName() {
        return serviceName;
    }

    void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public ReviewState getState() {
        return state;
    }

    void setState(ReviewState state) {
        this.state = state;
    }

    public String getExternalReviewers() {
        return externalReviewers;
    }

    void setExternalReviewers(String externalReviewers) {
        this.externalReviewers = externalReviewers;
    }

    public String getActionPlan() {
        return actionPlan;
    }

    void setActionPlan(String actionPlan) {
        this.actionPlan = actionPlan;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    void setFinalisedAt(Instant finalisedAt) {
        this.finalisedAt = finalisedAt;
    }

    public Set<Long> getReviewerIds() {
        return reviewerIds;
    }

    List<FidelityScore> getScores() {
        return scores;
    }
}
