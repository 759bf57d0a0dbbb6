package fi.taitoura.trainee;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A training period (valmennusjakso) of a trainee at a work unit. */
@Entity
@Table(name = "training_period")
public class TrainingPeriod extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "trainee_id", nullable = false)
    private Trainee trainee;

    /** The work unit (workplace feature) by id. */
    @Column(name = "work_unit_id", nullable = false)
    private Long workUnitId;

    /** The coaches (user feature) by id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_period_coach", joinColumns = @JoinColumn(name = "period_id"))
    @Column(name = "user_id")
    private Set<Long> coachIds = new HashSet<>();

    /** The career agent (user feature) by id. */
    @Column(name = "career_agent_id")
    private Long careerAgentId;

    /** The referring case worker (user feature) by id, when they are a Taitoura user. */
    @Column(name = "referrer_user_id")
    private Long referrerUserId;

    /** An external referrer (not a Taitoura user): name, organisation, contact. */
    @Column(name = "referrer_name")
    private String referrerName;

    @Column(name = "referrer_organisation")
    private String referrerOrganisation;

    @Column(name = "referrer_contact")
    private String referrerContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodStatus status = PeriodStatus.REHABILITATIVE_WORK_ACTIVITY;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_form", nullable = false)
    private ServiceForm serviceForm = ServiceForm.WORK_AND_EDUCATION;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "planned_end_date", nullable = false)
    private LocalDate plannedEndDate;

    /** The actual end, once the period has ended. */
    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "days_per_week", nullable = false)
    private int daysPerWeek = 4;

    @Column(name = "hours_per_day", nullable = false)
    private BigDecimal hoursPerDay = new BigDecimal("6.0");

    /** The target qualification units (catalogue feature) by id. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_period_target_unit", joinColumns = @JoinColumn(name = "period_id"))
    @Column(name = "unit_id")
    private Set<Long> targetUnitIds = new HashSet<>();

    @OneToMany(mappedBy = "period", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<PersonalGoal> goals = new ArrayList<>();

    /** True when the period runs on the given day. */
    public boolean isActiveOn(LocalDate day) {
        LocalDate end = endDate != null ? endDate : plannedEndDate;
        return !day.isBefore(startDate) && !day.isAfter(end);
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public void setTrainee(Trainee trainee) {
        this.trainee = trainee;
    }

    public Long getWorkUnitId() {
        return workUnitId;
    }

    public void setWorkUnitId(Long workUnitId) {
        this.workUnitId = workUnitId;
    }

    public Set<Long> getCoachIds() {
        return coachIds;
    }

    public void setCoachIds(Set<Long> coachIds) {
        this.coachIds = coachIds == null ? new HashSet<>() : new HashSet<>(coachIds);
    }

    public Long getCareerAgentId() {
        return careerAgentId;
    }

    public void setCareerAgentId(Long careerAgentId) {
        this.careerAgentId = careerAgentId;
    }

    public Long getReferrerUserId() {
        return referrerUserId;
    }

    public void setReferrerUserId(Long referrerUserId) {
        this.referrerUserId = referrerUserId;
    }

    public String getReferrerName() {
        return referrerName;
    }

    public void setReferrerName(String referrerName) {
        this.referrerName = referrerName;
    }

    public String getReferrerOrganisation() {
        return referrerOrganisation;
    }

    public void setReferrerOrganisation(String referrerOrganisation) {
        this.referrerOrganisation = referrerOrganisation;
    }

    public String getReferrerContact() {
        return referrerContact;
    }

    public void setReferrerContact(String referrerContact) {
        this.referrerContact = referrerContact;
    }

    public PeriodStatus getStatus() {
        return status;
    }

    public void setStatus(PeriodStatus status) {
        this.status = status;
    }

    public ServiceForm getServiceForm() {
        return serviceForm;
    }

    public void setServiceForm(ServiceForm serviceForm) {
        this.serviceForm = serviceForm;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getPlannedEndDate() {
        return plannedEndDate;
    }

    public void setPlannedEndDate(LocalDate plannedEndDate) {
        this.plannedEndDate = plannedEndDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public int getDaysPerWeek() {
        return daysPerWeek;
    }

    public void setDaysPerWeek(int daysPerWeek) {
        this.daysPerWeek = daysPerWeek;
    }

    public BigDecimal getHoursPerDay() {
        return hoursPerDay;
    }

    public void setHoursPerDay(BigDecimal hoursPerDay) {
        this.hoursPerDay = hoursPerDay;
    }

    public Set<Long> getTargetUnitIds() {
        return targetUnitIds;
    }

    public void setTargetUnitIds(Set<Long> targetUnitIds) {
        this.targetUnitIds = targetUnitIds == null ? new HashSet<>() : new HashSet<>(targetUnitIds);
    }

    public List<PersonalGoal> getGoals() {
        return goals;
    }

    /**
     * The referrer as shown: {@code referrerUserName} (the referring user's name, looked up by
     * {@link #getReferrerUserId()}) when there is one, else the external referrer's name and organisation.
     */
    public String getReferrerLabel(String referrerUserName) {
        if (referrerUserId != null) {
            return referrerUserName == null ? "" : referrerUserName;
        }
        if (referrerName == null) {
            return "";
        }
        return referrerName + (referrerOrganisation == null ? "" : ", " + referrerOrganisation);
    }
}
