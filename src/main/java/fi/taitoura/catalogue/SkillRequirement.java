package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A skill requirement (ammattitaitovaatimus): what a trainee is documented against. Identified across re-imports
 * by {@code stableKey}; never deleted, only marked not {@code current}.
 */
@Entity
@Table(name = "skill_requirement")
public class SkillRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private QualificationUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private RequirementArea area;

    /** The official code, where the source has one (2019+ format). */
    private String code;

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

    protected SkillRequirement() {
    }

    public SkillRequirement(QualificationUnit unit, RequirementArea area, String code, String stableKey,
                            LocalizedText text, int sortOrder) {
        this.unit = unit;
        this.area = area;
        this.code = code;
        this.stableKey = stableKey;
        this.text = text;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public QualificationUnit getUnit() {
        return unit;
    }

    public RequirementArea getArea() {
        return area;
    }

    public void setArea(RequirementArea area) {
        this.area = area;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof SkillRequirement r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return SkillRequirement.class.hashCode();
    }

    @Override
    public String toString() {
        return text == null ? stableKey : text.getFi();
    }
}
