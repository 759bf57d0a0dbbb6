package fi.taitoura.trainee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface TraineeRepository extends JpaRepository<Trainee, Long> {

    Optional<Trainee> findByPersonalIdHash(String personalIdHash);

    @Query("select t.id, t.organisation.id from Trainee t where t.id in :ids")
    List<Object[]> findOrganisationIds(Collection<Long> ids);
}
