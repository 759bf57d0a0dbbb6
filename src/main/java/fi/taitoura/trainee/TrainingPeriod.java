package fi.taitoura.trainee;

import fi.taitoura.base.db.AbstractEntity;
import fi.taitoura.catalogue.QualificationUnit;
import fi.taitoura.user.AppUser;
import fi.taitoura.workplace.WorkUnit;
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

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "work_unit_id", nullable = false)
    private WorkUnit workUnit;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "training_period_coach", joinColumns = @JoinColumn(name = "period_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<AppUser> coaches = new HashSet<>();

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "career_agent_id")
    private AppUser careerAgent;

    /** The referring case worker, when they are a Taitoura user. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "referrer_user_id")
    private AppUser referrerUser;

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

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "training_period_target_unit", joinColumns = @JoinColumn(name = "period_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<QualificationUnit> targetUnits = new HashSet<>();

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

    public WorkUnit getWorkUnit() {
        return workUnit;
    }

    public void setWorkUnit(WorkUnit workUnit) {
        this.workUnit = workUnit;
    }

    public Set<AppUser> getCoaches() {
        return coaches;
    }

    public void setCoaches(Set<AppUser> coaches) {
        this.coaches = coaches == null ? new HashSet<>() : new HashSet<>(coaches);
    }

    public AppUser getCareerAgent() {
        return careerAgent;
    }

    public void setCareerAgent(AppUser careerAgent) {
        this.careerAgent = careerAgent;
    }

    public AppUser getReferrerUser() {
        return referrerUser;
    }

    public void setReferrerUser(AppUser referrerUser) {
        this.referrerUser = referrerUser;
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

    public Set<QualificationUnit> getTargetUnits() {
        return targetUnits;
    }

    public void setTargetUnits(Set<QualificationUnit> targetUnits) {
        this.targetUnits = targetUnits == null ? new HashSet<>() : new HashSet<>(targetUnits);
    }

    public List<PersonalGoal> getGoals() {
        return goals;
    }

    /** The referrer as shown: the user's name, or the external referrer's name and organisation. */
    public String getReferrerLabel() {
        if (referrerUser != null) {
            return referrerUser.getFullName();
        }
        if (referrerName == null) {
            return "";
        }
        return referrerName + (referrerOrganisation == null ? "" : ", " + referrerOrganisation);
    }
}
