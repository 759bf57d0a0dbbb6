package fi.taitoura.certificate;

import fi.taitoura.audit.AuditService;
import fi.taitoura.trainee.TraineeAccess;
import fi.taitoura.trainee.TraineeService;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read an issued competence certificate (named at the methods as
 * {@code @PreAuthorize("@certificateAccess.mayRead(#certificateId)")}; the period rules are {@link TraineeAccess}'s):
 * <ul>
 * <li>those who may read its period (coaches, the period's career agent, team leads of the unit);</li>
 * <li>the case worker who referred the trainee, while the trainee consents to certificates being given to the
 *     referrer (issue 12, finding 1).</li>
 * </ul>
 * A refused {@code may...} check is written to the audit log with the trainee it concerns.
 */
@Component("certificateAccess")
public class CertificateAccess {

    private final CompetenceCertificateRepository certificates;
    private final TraineeAccess periods;
    private final TraineeService trainees;
    private final AuditService audit;

    CertificateAccess(CompetenceCertificateRepository certificates, TraineeAccess periods, TraineeService trainees,
                      AuditService audit) {
        this.certificates = certificates;
        this.periods = periods;
        this.trainees = trainees;
        this.audit = audit;
    }

    /** The signed-in user may read the certificate: a reader of its period, or its referrer with consent. */
    @Transactional(readOnly = true)
    public boolean mayRead(Long certificateId) {
        return certificateId != null && certificates.findById(certificateId)
                .map(c -> canRead(c) || refused(c)).orElse(false);
    }

    /** The rule of {@link #mayRead}, recording nothing. */
    boolean canRead(CompetenceCertificate c) {
        return periods.isReadable(c.getPeriodId()) || periods.receivesCertificates(c.getPeriodId());
    }

    private boolean refused(CompetenceCertificate c) {
        Long traineeId = trainees.periodHeadings(List.of(c.getPeriodId())).values().stream().findFirst()
                .map(TraineeService.PeriodHeading::traineeId).orElse(null);
        audit.recordRefused("CompetenceCertificate", c.getId(), traineeId);
        return false;
    }
}
