package fi.taitoura.catalogue;

import fi.taitoura.base.db.AbstractEntity;
import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A qualification unit (tutkinnon osa), or a sub-area (osa-alue) of a common unit when {@link #getParent()} is set.
 * A unit belongs to one qualification; {@code current} is false when a newer version of the qualification no longer
 * has it (it is never deleted while documentation may refer to it).
 */
@Entity
@Table(name = "qualification_unit")
public class QualificationUnit extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qualification_id", nullable = false)
    private Qualification qualification;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_unit_id")
    private QualificationUnit parent;

    @Column(name = "eperusteet_id")
    private Long eperusteetId;

    /** The unit code (tutkinnonosat koodiarvo, e.g. 100367), or the sub-area code. */
    @Column(nullable = false)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    /** Scope in competence points (osaamispiste, osp). */
    private BigDecimal credits;

    /** ePerusteet unit type, e.g. normaali, tutke2, reformi_tutke2. */
    @Column(name = "unit_type")
    private String unitType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LevelScale scale = LevelScale.ONE_TO_FIVE;

    /** How competence is demonstrated (ammattitaidon osoittamistavat), sanitised HTML. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "demonstration_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "demonstration_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "demonstration_en"))})
    private LocalizedText demonstration;

    /** The description (kuvaus), sanitised HTML: for a sub-area, what it covers. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "description_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "description_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    /** The lead-in subject of the requirement sentences ("Opiskelija", "Den studerande", "The student"). */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "requirement_subject_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "requirement_subject_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "requirement_subject_en"))})
    private LocalizedText requirementSubject;

    /** The code URI in OPH's koodisto, e.g. tutkinnonosat_106730 or ammatillisenoppiaineet_vvai22. */
    @Column(name = "code_uri")
    private String codeUri;

    /** The code's version in OPH's koodisto (koodi.versio); null where the export leaves it out. */
    @Column(name = "code_version")
    private Integer codeVersion;

    /** The unit's reference id in the qualification (tutkinnonosaViiteId), used in ePerusteet's addresses. */
    @Column(name = "viite_id")
    private Long viiteId;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean current = true;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<RequirementArea> areas = new ArrayList<>();

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<AssessmentTarget> targets = new ArrayList<>();

    @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<QualificationUnit> subAreas = new ArrayList<>();

    public Qualification getQualification() {
        return qualification;
    }

    public void setQualification(Qualification qualification) {
        this.qualification = qualification;
    }

    public QualificationUnit getParent() {
        return parent;
    }

    public void setParent(QualificationUnit parent) {
        this.parent = parent;
    }

    public Long getEperusteetId() {
        return eperusteetId;
    }

    public void setEperusteetId(Long eperusteetId) {
        this.eperusteetId = eperusteetId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public void setCredits(BigDecimal credits) {
        this.credits = credits;
    }

    public String getUnitType() {
        return unitType;
    }

    public void setUnitType(String unitType) {
        this.unitType = unitType;
    }

    public LevelScale getScale() {
        return scale;
    }

    public void setScale(LevelScale scale) {
        this.scale = scale;
    }

    public LocalizedText getDemonstration() {
        return demonstration;
    }

    public void setDemonstration(LocalizedText demonstration) {
        this.demonstration = demonstration;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public LocalizedText getRequirementSubject() {
        return requirementSubject;
    }

    public void setRequirementSubject(LocalizedText requirementSubject) {
        this.requirementSubject = requirementSubject;
    }

    public String getCodeUri() {
        return codeUri;
    }

    public void setCodeUri(String codeUri) {
        this.codeUri = codeUri;
    }

    public Integer getCodeVersion() {
        return codeVersion;
    }

    public void setCodeVersion(Integer codeVersion) {
        this.codeVersion = codeVersion;
    }

    public Long getViiteId() {
        return viiteId;
    }

    public void setViiteId(Long viiteId) {
        this.viiteId = viiteId;
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

    public List<RequirementArea> getAreas() {
        return areas;
    }

    public List<AssessmentTarget> getTargets() {
        return targets;
    }

    public List<QualificationUnit> getSubAreas() {
        return subAreas;
    }

    @Override
    public String toString() {
        return code + " " + (name == null ? "" : name.getFi());
    }
}
