package fi.taitoura.workplace;

import fi.taitoura.catalogue.CatalogueReader;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.catalogue.CatalogueReader.RequirementRow;
import fi.taitoura.catalogue.CatalogueReader.UnitRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task library: each work unit's routine tasks and the recognised requirements each trains. The PAIKKO rule
 * holds here: a task can be mapped only to requirements of the unit's approved recognition in force.
 */
@Service
public class TaskLibraryService {

    /** Cards commonly required, offered as suggestions; any other card name can be typed. */
    public static final List<String> COMMON_CARDS = List.of("Hygieniapassi", "Työturvallisuuskortti",
            "Tulityökortti", "Ensiapu EA1", "Tieturva 1", "Anniskelupassi", "Trukkikortti");

    private final TrainingTaskRepository tasks;
    private final RecognitionRepository recognitions;
    private final WorkUnitRepository workUnits;
    private final CatalogueReader catalogue;
    private final WorkUnitAccess access;
    private final AuditService audit;

    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

    TaskLibraryService(TrainingTaskRepository tasks, RecognitionRepository recognitions, WorkUnitRepository workUnits,
                       CatalogueReader catalogue, WorkUnitAccess access, AuditService audit,
                       org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.recognitions = recognitions;
        this.workUnits = workUnits;
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
    }

    /** The unit's tasks (inactive ones too), by name, with their mappings loaded. */
    @PreAuthorize("@workUnitAccess.mayView(#workUnitId)")
    @Transactional(readOnly = true)
    public List<TrainingTask> findTasks(Long workUnitId) {
        access.requireView(workUnitId);
        return tasks.findByWorkUnitWithRequirements(workUnitId);
    }

    /**
     * For other features (daily documentation): the unit's active tasks with the ids of the requirements each
     * trains. Flagged mappings are listed apart and must not be documented against.
     */
    @PreAuthorize("@workUnitAccess.mayView(#workUnitId)")
    @Transactional(readOnly = true)
    public List<TaskSummary> findTaskSummaries(Long workUnitId) {
        access.requireView(workUnitId);
        // in SQL, one read (issue 18): as entities each task took a select of its cards and its work unit, on every
        // opening and save of a coach's day. Reads rows nobody changes in the callers' transactions (ADR 0038).
        Map<Long, TaskSummary> byId = new java.util.LinkedHashMap<>();
        jdbc.query("""
                SELECT t.id, t.name, t.difficulty, m.requirement_id, m.flagged_at IS NOT NULL AS flagged
                FROM training_task t LEFT JOIN training_task_requirement m ON m.task_id = t.id
                WHERE t.work_unit_id = :unit AND t.active ORDER BY t.name, t.id""", Map.of("unit", workUnitId), rs -> {
                    TaskSummary t = byId.computeIfAbsent(rs.getLong(1), id -> {
                        try {
                            return new TaskSummary(id, rs.getString(2), TaskDifficulty.valueOf(rs.getString(3)), true,
                                    new TreeSet<>(), new TreeSet<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    long requirement = rs.getLong(4);
                    if (!rs.wasNull()) {
                        (rs.getBoolean(5) ? t.flaggedRequirementIds() : t.requirementIds()).add(requirement);
                    }
                });
        return List.copyOf(byId.values());
    }

    /** A task as other features name it: id, name and difficulty. */
    public record TaskRef(Long id, String name, TaskDifficulty difficulty) {
    }

    /** The tasks with the ids (any work unit, active or not), by id (one query). Task names are not client data. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, TaskRef> findTaskRefs(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        // in SQL: Hibernate translates a query with a list parameter anew on every call (ADR 0038)
        return jdbc.query("SELECT id, name, difficulty FROM training_task WHERE id IN (:ids)", Map.of("ids", taskIds),
                (rs, i) -> new TaskRef(rs.getLong("id"), rs.getString("name"),
                        TaskDifficulty.valueOf(rs.getString("difficulty")))).stream()
                .collect(Collectors.toMap(TaskRef::id, t -> t));
    }

    /** The unit's active tasks, by name (for choosing the tasks of a demonstration). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskRef> findActiveTaskRefs(Long workUnitId) {
        return tasks.findByWorkUnitIdAndActiveTrueOrderByNameAsc(workUnitId).stream().map(TaskLibraryService::ref)
                .toList();
    }

    /** Ids of the tasks (any unit, flagged mappings too) that are mapped to one of the requirements. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> findTaskIdsTraining(Collection<Long> requirementIds) {
        return requirementIds.isEmpty() ? Set.of() : new HashSet<>(tasks.findTaskIdsTraining(requirementIds));
    }

    /** The texts of the skill requirements (any, recognised or not), by id (one query): the catalogue's own words. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, LocalizedText> requirementTexts(Collection<Long> requirementIds) {
        return catalogue.requirementsById(requirementIds).values().stream()
                .collect(Collectors.toMap(RequirementRow::id, RequirementRow::text));
    }

    private static TaskRef ref(TrainingTask t) {
        return new TaskRef(t.getId(), t.getName(), t.getDifficulty());
    }

    /** The requirements of the unit's approved recognition in force, grouped by unit in catalogue order. */
    @PreAuthorize("@workUnitAccess.mayView(#workUnitId)")
    @Transactional(readOnly = true)
    public List<RecognisedRequirement> findRecognisedRequirements(Long workUnitId) {
        access.requireView(workUnitId);
        return recognised(workUnitId);
    }

    /** The matrix of recognised requirements against the unit's active tasks. */
    @PreAuthorize("@workUnitAccess.mayView(#workUnitId)")
    @Transactional(readOnly = true)
    public Coverage coverage(Long workUnitId) {
        access.requireView(workUnitId);
        List<RecognisedRequirement> reqs = recognised(workUnitId);
        List<TaskSummary> active = tasks.findByWorkUnitWithRequirements(workUnitId).stream()
                .filter(TrainingTask::isActive).map(TaskLibraryService::summary).toList();
        Map<Long, List<Long>> byReq = new LinkedHashMap<>();
        Set<Long> recognisedIds = reqs.stream().map(RecognisedRequirement::id).collect(Collectors.toSet());
        for (TaskSummary t : active) {
            for (Long rid : t.requirementIds()) {
                if (recognisedIds.contains(rid)) {
                    byReq.computeIfAbsent(rid, k -> new ArrayList<>()).add(t.id());
                }
            }
        }
        return new Coverage(reqs, active, byReq);
    }

    /**
     * Creates or updates a task. A requirement not covered by the unit's approved recognition in force is refused
     * ({@code task.error.notRecognised}); a mapping already flagged by a revision may be kept until the coach
     * removes it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TrainingTask save(TaskDraft draft) {
        TrainingTask task;
        Map<String, Object> before;
        if (draft.id() == null) {
            access.requireEdit(draft.workUnitId());
            task = new TrainingTask(workUnits.findById(draft.workUnitId()).orElseThrow());
            before = Map.of();
        } else {
            task = tasks.findById(draft.id()).orElseThrow();
            access.requireEdit(task.getWorkUnit().getId());
            if (task.getVersion() != draft.version()) {
                throw new ConcurrentEditException("TrainingTask", task.getId());
            }
            before = describe(task);
        }
        Long workUnitId = task.getWorkUnit().getId();
        String name = RecognitionService.blankToNull(draft.name());
        if (name == null || name.length() > 200) {
            throw new BusinessRuleException("task.error.name");
        }
        boolean nameTaken = tasks.findByWorkUnitWithRequirements(workUnitId).stream()
                .anyMatch(t -> t.getName().equalsIgnoreCase(name) && !t.getId().equals(draft.id()));
        if (nameTaken) {
            throw new BusinessRuleException("task.error.nameTaken", name);
        }
        Set<Long> wanted = draft.requirementIds() == null ? Set.of() : new HashSet<>(draft.requirementIds());
        Set<Long> recognisedIds = new HashSet<>(recognitions.findRecognisedRequirementIds(workUnitId));
        Set<Long> flaggedKept = task.getRequirements().stream().filter(TaskRequirement::isFlagged)
                .map(TaskRequirement::getRequirementId).collect(Collectors.toSet());
        for (Long rid : wanted) {
            if (!recognisedIds.contains(rid) && !flaggedKept.contains(rid)) {
                RequirementRow req = catalogue.requirementsById(List.of(rid)).get(rid);
                if (recognitions.findInForce(workUnitId).isEmpty()) {
                    throw new BusinessRuleException("task.error.noApprovedRecognition");
                }
                throw new BusinessRuleException("task.error.notRecognised",
                        req == null ? String.valueOf(rid) : req.text().getFi());
            }
        }
        task.setName(name);
        task.setDescription(RecognitionService.limit(draft.description(), 4000));
        task.setDifficulty(draft.difficulty() == null ? TaskDifficulty.BASIC : draft.difficulty());
        task.setTools(RecognitionService.limit(draft.tools(), 1000));
        task.setSafetyNotes(RecognitionService.limit(draft.safetyNotes(), 2000));
        task.setActive(draft.active());
        task.getRequiredCards().clear();
        if (draft.requiredCards() != null) {
            draft.requiredCards().stream().map(RecognitionService::blankToNull).filter(c -> c != null)
                    .map(c -> c.length() > 100 ? c.substring(0, 100) : c).forEach(task.getRequiredCards()::add);
        }
        task.getRequirements().removeIf(m -> !wanted.contains(m.getRequirementId()));
        Set<Long> have = task.getRequirements().stream().map(TaskRequirement::getRequirementId)
                .collect(Collectors.toSet());
        for (Long rid : wanted) {
            if (!have.contains(rid)) {
                task.getRequirements().add(new TaskRequirement(task, rid));
            }
        }
        TrainingTask saved = tasks.saveAndFlush(task);
        audit.recordChange(draft.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, "TrainingTask",
                saved.getId(), null, AuditService.describeChanges(before, describe(saved)));
        return saved;
    }

    private List<RecognisedRequirement> recognised(Long workUnitId) {
        return recognitions.findInForce(workUnitId).map(r -> recognitions.findWithItems(r.getId()).orElseThrow())
                .map(r -> {
                    List<RecognitionItem> items = r.getItems().stream()
                            .filter(i -> i.getKind() == RecognitionItemKind.REQUIREMENT && i.isRecognised()).toList();
                    Map<Long, UnitRow> units = catalogue.units(items.stream().map(RecognitionItem::getUnitId)
                            .collect(Collectors.toSet()));
                    Map<Long, RequirementRow> reqs = catalogue.requirementsById(items.stream()
                            .map(RecognitionItem::getRequirementId).collect(Collectors.toSet()));
                    return items.stream()
                            .sorted(Comparator.comparing((RecognitionItem i) -> units.get(i.getUnitId()).sortOrder())
                                    .thenComparing(i -> units.get(i.getUnitId()).code())
                                    .thenComparing(i -> reqs.get(i.getRequirementId()).areaSortOrder())
                                    .thenComparing(i -> reqs.get(i.getRequirementId()).sortOrder()))
                            .map(i -> {
                                RequirementRow q = reqs.get(i.getRequirementId());
                                UnitRow u = units.get(i.getUnitId());
                                return new RecognisedRequirement(q.id(), q.code(), q.text(), q.areaName(), u.id(),
                                        u.code(), u.name(), i.getPractice());
                            })
                            .toList();
                })
                .orElse(List.of());
    }

    private static TaskSummary summary(TrainingTask t) {
        Set<Long> ok = new TreeSet<>();
        Set<Long> flagged = new TreeSet<>();
        t.getRequirements().forEach(m -> (m.isFlagged() ? flagged : ok).add(m.getRequirementId()));
        return new TaskSummary(t.getId(), t.getName(), t.getDifficulty(), t.isActive(), ok, flagged);
    }

    private static Map<String, Object> describe(TrainingTask t) {
        Map<String, Object> m = new TreeMap<>();
        m.put("name", t.getName());
        m.put("description", t.getDescription());
        m.put("difficulty", t.getDifficulty());
        m.put("tools", t.getTools());
        m.put("safetyNotes", t.getSafetyNotes());
        m.put("active", t.isActive());
        m.put("cards", String.join(",", t.getRequiredCards()));
        m.put("requirements", t.getRequirementIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        return m;
    }
}
