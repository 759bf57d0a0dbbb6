package fi.taitoura.employment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A job of a client: form C when it starts, form D when it ends. */
@Entity
@Table(name = "employment_job")
class EmploymentJob extends CaseRecord {

    @Column(name = "employer_id", nullable = false)
    Long employerId;

    @Column(nullable = false)
    String title;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "hours_per_week", nullable = false, precision = 4, scale = 1)
    BigDecimal hoursPerWeek;

    @Column(name = "pay_amount", precision = 9, scale = 2)
    BigDecimal payAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_unit")
    PayUnit payUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false)
    ContractType contractType;

    @Column(name = "pay_subsidy", nullable = false)
    boolean paySubsidy;

    @Enumerated(EnumType.STRING)
    @Column(name = "found_by", nullable = false)
    FoundBy foundBy;

    @Column(nullable = false)
    boolean disclosed;

    @Column(name = "first_follow_up")
    LocalDate firstFollowUp;

    String tasks;
    String supports;
    String notes;

    @Column(name = "end_date")
    LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by")
    EndedBy endedBy;

    @Column(name = "end_reason")
    String endReason;

    String learned;

    @Column(name = "next_step")
    String nextStep;

    @Column(name = "recorded_by")
    Long recordedBy;

    /** Started by the day and not ended before it. */
    boolean isOngoingOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
