package fi.taitoura.workplace;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A work unit's recognised requirements against its active tasks: which tasks train which requirement and which
 * recognised requirements no task trains yet.
 */
public record Coverage(List<RecognisedRequirement> requirements, List<TaskSummary> tasks,
                       Map<Long, List<Long>> taskIdsByRequirement) {

    public List<Long> tasksTraining(Long requirementId) {
        return taskIdsByRequirement.getOrDefault(requirementId, List.of());
    }

    public boolean trains(Long taskId, Long requirementId) {
        return tasksTraining(requirementId).contains(taskId);
    }

    /** Recognised requirements that no active task trains. */
    public List<RecognisedRequirement> uncovered() {
        return requirements.stream().filter(r -> tasksTraining(r.id()).isEmpty()).toList();
    }

    public int coveredCount() {
        return requirements.size() - uncovered().size();
    }

    /** Requirement ids covered by at least one task. */
    public Set<Long> coveredIds() {
        return taskIdsByRequirement.keySet();
    }
}
