package fi.taitoura.employment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerRepository extends JpaRepository<Employer, Long> {

    List<Employer> findByTeamIdInOrderByNameAsc(Collection<Long> teamIds);

    boolean existsByTeamIdAndNameIgnoreCase(Long teamId, String name);

    List<Employer> findByTeamIdAndNameIgnoreCase(Long teamId, String name);

    List<Employer> findByTeamIdAndBusinessId(Long teamId, String businessId);
}
