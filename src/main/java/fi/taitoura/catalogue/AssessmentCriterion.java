package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** One criterion (arviointikriteeri) of an assessment target at one level. */
@Entity
@Table(name = "assessment_criterion")
public class AssessmentCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private AssessmentTarget target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriterionLevel level;

    /** The level code in the source ({@code _osaamistaso}), kept for traceability. */
    @Column(name = "source_code")
    private String sourceCode;

    @Column(name = "stable_key", nullable = false)
    private String stableKey;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "text_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "text_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en"))})
    private LocalizedText text;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean current = true;

    protected AssessmentCriterion() {
    }

    public AssessmentCriterion(AssessmentTarget target, CriterionLevel level, String sourceCode, String stableKey,
                               LocalizedText text, int sortOrder) {
        this.target = target;
        this.level = level;
        this.sourceCode = sourceCode;
        this.stableKey = stableKey;
        this.text = text;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public AssessmentTarget getTarget() {
        return target;
    }

    public CriterionLevel getLevel() {
        return level;
    }

    public String getSourceCode() {
        return sourceCode;
    }

    public String getStableKey() {
        return stableKey;
    }

    public LocalizedText getText() {
        return text;
    }

    public void setText(LocalizedText text) {
        this.text = text;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isCurrent() {
        return current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }
}
