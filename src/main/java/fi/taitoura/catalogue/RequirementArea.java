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

/** A requirement area (kohdealue) of a unit; the name is empty when the source does not group requirements. */
@Entity
@Table(name = "requirement_area")
public class RequirementArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private QualificationUnit unit;

    @Column(name = "stable_key", nullable = false)
    private String stableKey;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean current = true;

    /** True for a common unit sub-area's optional objectives (valinnaiset osaamistavoitteet). */
    private boolean optional;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<SkillRequirement> requirements = new ArrayList<>();

    protected RequirementArea() {
    }

    public RequirementArea(QualificationUnit unit, String stableKey, LocalizedText name, int sortOrder) {
        this.unit = unit;
        this.stableKey = stableKey;
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

    public boolean isOptional() {
        return optional;
    }

    public void setOptional(boolean optional) {
        this.optional = optional;
    }

    public List<SkillRequirement> getRequirements() {
        return requirements;
    }
}
