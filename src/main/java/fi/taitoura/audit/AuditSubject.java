package fi.taitoura.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A trainee that a list view showed, with the trainee's organisation (for scoping). */
@Embeddable
public class AuditSubject {

    @Column(name = "trainee_id", nullable = false)
    private Long traineeId;

    @Column(name = "organisation_id")
    private Long organisationId;

    protected AuditSubject() {
    }

    AuditSubject(Long traineeId, Long organisationId) {
        this.traineeId = traineeId;
        this.organisationId = organisationId;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditSubject s && Objects.equals(traineeId, s.traineeId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(traineeId);
    }
}
