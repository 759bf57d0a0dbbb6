package fi.taitoura.employment;

import fi.taitoura.employment.EmploymentRecords.Client;
import fi.taitoura.trainee.TraineeRef;
import fi.taitoura.trainee.TraineeService;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The clients' names and contact details, read through the trainee feature's public service (which decides who may
 * see a trainee; this feature grants its teams access, see {@link EmploymentTraineeGrant}). Callers audit what they
 * show.
 */
@Component
class Clients {

    private final TraineeService trainees;

    Clients(TraineeService trainees) {
        this.trainees = trainees;
    }

    Map<Long, Client> byTraineeId(Collection<Long> traineeIds) {
        Map<Long, Client> map = new HashMap<>();
        if (traineeIds.isEmpty()) {
            return map;
        }
        for (TraineeRef r : trainees.findRefs(traineeIds)) {
            map.put(r.id(), client(r));
        }
        return map;
    }

    Client one(Long traineeId) {
        Client c = byTraineeId(java.util.List.of(traineeId)).get(traineeId);
        if (c == null) {
            throw new org.springframework.security.access.AccessDeniedException("Client not readable");
        }
        return c;
    }

    static Client client(TraineeRef r) {
        return new Client(r.id(), r.displayName(), r.dateOfBirth(), r.phone(), r.email(), r.languages());
    }

    /** Name shown when a client cannot be read (should not happen inside a team). */
    static String name(Map<Long, Client> clients, Long traineeId) {
        Client c = clients.get(traineeId);
        return c == null ? "#" + traineeId : c.name();
    }
}
