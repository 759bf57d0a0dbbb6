package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** An assessment target (arvioinnin kohde) of a unit, with its criteria per level. */
@Entity
@Table(name = "assessment_target")
public class AssessmentTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private QualificationUnit unit;

    @Column(name = "stable_key", nullable = false)
    private String stableKey;

    /** The target area (arvioinnin kohdealue) the target belongs to, if the source groups targets. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "area_name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "area_name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "area_name_en"))})
    private LocalizedText areaName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean current = true;

    @OneToMany(mappedBy = "target", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<AssessmentCriterion> criteria = new ArrayList<>();

    protected AssessmentTarget() {
    }

    public AssessmentTarget(QualificationUnit unit, String stableKey, LocalizedText areaName, LocalizedText name,
                            int sortOrder) {
        this.unit = unit;
        this.stableKey = stableKey;
        this.areaName = areaName;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public QualificationUnit getUnit() {
        return unit;
    }

    public String getStableKey() {
        return stableKey;
    }

    public LocalizedText getAreaName() {
        return areaName;
    }

    public void setAreaName(LocalizedText areaName) {
        this.areaName = areaName;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
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

    public List<AssessmentCriterion> getCriteria() {
        return criteria;
    }
}
