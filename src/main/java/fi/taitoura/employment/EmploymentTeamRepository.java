package fi.taitoura.employment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmploymentTeamRepository extends JpaRepository<EmploymentTeam, Long> {

    @Query("select t.id from EmploymentTeam t join t.memberIds m where m = :userId and t.active = true")
    List<Long> findTeamIdsOfMember(Long userId);

    List<EmploymentTeam> findAllByOrderByNameAsc();
}
