package fi.taitoura.demonstration;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A competence demonstration (näyttö) of one qualification unit in a training period. Other features' records are
 * referred to by id; {@link DemonstrationService} resolves them and decides who may see and change what.
 */
@Entity
@Table(name = "demonstration")
public class Demonstration extends AbstractEntity {

    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private Long traineeId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "work_unit_id", nullable = false)
    private Long workUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DemonstrationStatus status = DemonstrationStatus.PLANNED;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private String place;

    /** Koodisto ammatillisennaytonsuorituspaikka: 1 workplace, 2 educational institution, 3 both. */
    @Column(name = "place_code", nullable = false)
    private String placeCode = "1";

    @Column(name = "work_description")
    private String workDescription;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Column(name = "workplace_assessor_id")
    private Long workplaceAssessorId;

    @Column(name = "workplace_assessor_name")
    private String workplaceAssessorName;

    @Column(name = "workplace_assessor_org")
    private String workplaceAssessorOrganisation;

    @Column(name = "education_provider", nullable = false)
    private String educationProvider;

    /** The education provider's organisation OID in Opintopolku (1.2.246.562.10.…), optional. */
    @Column(name = "education_provider_oid")
    private String educationProviderOid;

    @Column(name = "proposed_by")
    private Long proposedBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "demonstration_task", joinColumns = @JoinColumn(name = "demonstration_id"))
    @Column(name = "task_id")
    private Set<Long> taskIds = new LinkedHashSet<>();

    protected Demonstration() {
    }

    Demonstration(Long periodId, Long traineeId, Long unitId) {
        this.periodId = periodId;
        this.traineeId = traineeId;
        this.unitId = unitId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getWorkUnitId() {
        return workUnitId;
    }

    void setWorkUnitId(Long workUnitId) {
        this.workUnitId = workUnitId;
    }

    public DemonstrationStatus getStatus() {
        return status;
    }

    void setStatus(DemonstrationStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getPlace() {
        return place;
    }

    void setPlace(String place) {
        this.place = place;
    }

    public String getPlaceCode() {
        return placeCode;
    }

    void setPlaceCode(String placeCode) {
        this.placeCode = placeCode;
    }

    public String getWorkDescription() {
        return workDescription;
    }

    void setWorkDescription(String workDescription) {
        this.workDescription = workDescription;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public Long getWorkplaceAssessorId() {
        return workplaceAssessorId;
    }

    void setWorkplaceAssessorId(Long workplaceAssessorId) {
        this.workplaceAssessorId = workplaceAssessorId;
    }

    public String getWorkplaceAssessorName() {
        return workplaceAssessorName;
    }

    void setWorkplaceAssessorName(String workplaceAssessorName) {
        this.workplaceAssessorName = workplaceAssessorName;
    }

    public String getWorkplaceAssessorOrganisation() {
        return workplaceAssessorOrganisation;
    }

    void setWorkplaceAssessorOrganisation(String workplaceAssessorOrganisation) {
        this.workplaceAssessorOrganisation = workplaceAssessorOrganisation;
    }

    public String getEducationProvider() {
        return educationProvider;
    }

    void setEducationProvider(String educationProvider) {
        this.educationProvider = educationProvider;
    }

    public String getEducationProviderOid() {
        return educationProviderOid;
    }

    void setEducationProviderOid(String educationProviderOid) {
        this.educationProviderOid = educationProviderOid;
    }

    public Long getProposedBy() {
        return proposedBy;
    }

    void setProposedBy(Long proposedBy) {
        this.proposedBy = proposedBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Set<Long> getTaskIds() {
        return taskIds;
    }
}
