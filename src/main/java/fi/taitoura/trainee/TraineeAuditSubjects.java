package fi.taitoura.trainee;

import fi.taitoura.audit.AuditSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The trainee's organisation for scoping audit entries. */
@Component
class TraineeAuditSubjects implements AuditSubjects {

    private final TraineeRepository trainees;

    TraineeAuditSubjects(TraineeRepository trainees) {
        this.trainees = trainees;
    }

    @Override
    public Map<Long, Long> organisationsOf(Collection<Long> traineeIds) {
        Map<Long, Long> result = new HashMap<>();
        if (traineeIds.isEmpty()) {
            return result;
        }
        for (Object[] row : trainees.findOrganisationIds(traineeIds)) {
            result.put((Long) row[0], (Long) row[1]);
        }
        return result;
    }
}
