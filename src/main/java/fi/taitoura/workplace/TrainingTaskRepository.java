package fi.taitoura.workplace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingTaskRepository extends JpaRepository<TrainingTask, Long> {

    @Query("select distinct t from TrainingTask t left join fetch t.requirements m"
            + " where t.workUnit.id = :workUnitId order by t.name")
    List<TrainingTask> findByWorkUnitWithRequirements(Long workUnitId);

    @Query("select m from TaskRequirement m where m.task.workUnit.id = :workUnitId")
    List<TaskRequirement> findMappingsOfWorkUnit(Long workUnitId);

    boolean existsByWorkUnitIdAndNameIgnoreCase(Long workUnitId, String name);

    List<TrainingTask> findByWorkUnitIdAndActiveTrueOrderByNameAsc(Long workUnitId);

    @Query("select distinct m.task.id from TaskRequirement m where m.requirementId in :requirementIds")
    List<Long> findTaskIdsTraining(java.util.Collection<Long> requirementIds);

}
