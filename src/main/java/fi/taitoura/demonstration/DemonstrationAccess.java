package fi.taitoura.demonstration;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditService;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.trainee.TraineeAccess;
import fi.taitoura.trainee.TraineeService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and assess a competence demonstration (named at the methods as
 * {@code @PreAuthorize("@demonstrationAccess.mayRead(#id)")}; the period rules are {@link TraineeAccess}'s):
 * <ul>
 * <li>those who may read its period (coaches and team leads of the unit, the period's career agent);</li>
 * <li>the assigned teacher and the workplace assessor: the demonstration and its evidence, until
 *     {@code taitoura.access.teacher-days-after-demonstration} days after the demonstration ended (its end date,
 *     else its start date) — issue 12, finding 6. The assessment stays; only their access ends;</li>
 * <li>assess: only the assigned teacher, within the same time.</li>
 * </ul>
 * A refused {@code may...} check is written to the audit log with the trainee it concerns.
 */
@Component("demonstrationAccess")
public class DemonstrationAccess {

    private final DemonstrationRepository demonstrations;
    private final TraineeService trainees;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final int teacherDays;
    private final Clock clock = Time.clock();

    DemonstrationAccess(DemonstrationRepository demonstrations, TraineeService trainees, CurrentUser currentUser,
                        AuditService audit,
                        @Value("${taitoura.access.teacher-days-after-demonstration:90}") int teacherDays) {
        this.demonstrations = demonstrations;
        this.trainees = trainees;
        this.currentUser = currentUser;
        this.audit = audit;
        this.teacherDays = teacherDays;
    }

    /** The signed-in user may see the demonstration and its evidence. */
    @Transactional(readOnly = true)
    public boolean mayRead(Long id) {
        return id != null && demonstrations.findById(id).map(d -> canRead(d) || refused(d)).orElse(false);
    }

    /** The signed-in user may assess the demonstration: its assigned teacher, in time. */
    @Transactional(readOnly = true)
    public boolean mayAssess(Long id) {
        return id != null && demonstrations.findById(id).map(d -> isAssignedTeacher(d) || refused(d)).orElse(false);
    }

    boolean canRead(Demonstration d) {
        return isAssignedTeacher(d) || isWorkplaceAssessor(d) || trainees.mayReadPeriod(d.getPeriodId());
    }

    /** The assigned teacher, until the configured days after the demonstration. */
    boolean isAssignedTeacher(Demonstration d) {
        return currentUser.hasRole(Role.TEACHER) && Objects.equals(d.getTeacherId(), currentUser.id().orElse(null))
                && inTime(d);
    }

    /** The workplace assessor, until the configured days after the demonstration. */
    boolean isWorkplaceAssessor(Demonstration d) {
        return d.getWorkplaceAssessorId() != null
                && Objects.equals(d.getWorkplaceAssessorId(), currentUser.id().orElse(null)) && inTime(d);
    }

    /** The day before which demonstrations have ended for the assessors' access. */
    LocalDate assessorsEndedBefore() {
        return LocalDate.now(clock).minusDays(teacherDays);
    }

    private boolean inTime(Demonstration d) {
        LocalDate end = d.getEndDate() != null ? d.getEndDate() : d.getStartDate();
        return end == null || !end.isBefore(assessorsEndedBefore());
    }

    private boolean refused(Demonstration d) {
        Long traineeId = trainees.periodHeadings(List.of(d.getPeriodId())).values().stream().findFirst()
                .map(TraineeService.PeriodHeading::traineeId).orElse(null);
        audit.recordRefused("Demonstration", d.getId(), traineeId);
        return false;
    }
}
