package fi.taitoura.summary;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** An end-of-period summary (loppukooste), one revision of it. */
@Entity
@Table(name = "period_summary")
public class PeriodSummary extends AbstractEntity {

    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SummaryState state = SummaryState.DRAFT;

    @Column(nullable = false)
    private String language = "fi";

    private String strengths;
    private String limitations;

    @Column(name = "unit_statement")
    private String unitStatement;

    @Column(name = "coach_statement")
    private String coachStatement;

    @Column(name = "follow_up")
    private String followUp;

    /** The data frozen at finalisation (JSON of {@link SummaryData}). */
    private String snapshot;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "replaces_id")
    private Long replacesId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "finalised_by")
    private Long finalisedBy;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "summary_recommendation", joinColumns = @JoinColumn(name = "summary_id"))
    @MapKeyColumn(name = "kind")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "text")
    private Map<RecommendationKind, String> recommendations = new EnumMap<>(RecommendationKind.class);

    protected PeriodSummary() {
    }

    PeriodSummary(Long periodId, int revision, String language, Long createdBy) {
        this.periodId = periodId;
        this.revision = revision;
        this.language = language;
        this.createdBy = createdBy;
    }

    public boolean isDraft() {
        return state == SummaryState.DRAFT;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public int getRevision() {
        return revision;
    }

    public SummaryState getState() {
        return state;
    }

    void setState(SummaryState state) {
        this.state = state;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getLimitations() {
        return limitations;
    }

    public void setLimitations(String limitations) {
        this.limitations = limitations;
    }

    public String getUnitStatement() {
        return unitStatement;
    }

    public void setUnitStatement(String unitStatement) {
        this.unitStatement = unitStatement;
    }

    public String getCoachStatement() {
        return coachStatement;
    }

    public void setCoachStatement(String coachStatement) {
        this.coachStatement = coachStatement;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public String getSnapshot() {
        return snapshot;
    }

    void setSnapshot(String snapshot) {
        this.snapshot = snapshot;
    }

    public Long getDocumentId() {
        return documentId;
    }

    void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    void setReplacesId(Long replacesId) {
        this.replacesId = replacesId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getFinalisedBy() {
        return finalisedBy;
    }

    void setFinalisedBy(Long finalisedBy) {
        this.finalisedBy = finalisedBy;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    void setFinalisedAt(Instant finalisedAt) {
        this.finalisedAt = finalisedAt;
    }

    public Map<RecommendationKind, String> getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(Map<RecommendationKind, String> recommendations) {
        this.recommendations = recommendations == null || recommendations.isEmpty()
                ? new EnumMap<>(RecommendationKind.class) : new EnumMap<>(recommendations);
    }
}
