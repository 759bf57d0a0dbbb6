package fi.taitoura.employment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerPersonRepository extends JpaRepository<EmployerPerson, Long> {

    List<EmployerPerson> findByEmployerIdOrderByNameAsc(Long employerId);

    List<EmployerPerson> findByIdIn(Collection<Long> ids);
}
