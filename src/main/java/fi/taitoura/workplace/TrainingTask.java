package fi.taitoura.workplace;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A routine task of a work unit (työtehtävä) and the recognised skill requirements it trains. */
@Entity
@Table(name = "training_task")
public class TrainingTask extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "work_unit_id", nullable = false, updatable = false)
    private WorkUnit workUnit;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskDifficulty difficulty = TaskDifficulty.BASIC;

    private String tools;

    @Column(name = "safety_notes")
    private String safetyNotes;

    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_task_card", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "card")
    private Set<String> requiredCards = new TreeSet<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TaskRequirement> requirements = new ArrayList<>();

    protected TrainingTask() {
    }

    TrainingTask(WorkUnit workUnit) {
        this.workUnit = workUnit;
    }

    public WorkUnit getWorkUnit() {
        return workUnit;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public TaskDifficulty getDifficulty() {
        return difficulty;
    }

    void setDifficulty(TaskDifficulty difficulty) {
        this.difficulty = difficulty;
    }

    public String getTools() {
        return tools;
    }

    void setTools(String tools) {
        this.tools = tools;
    }

    public String getSafetyNotes() {
        return safetyNotes;
    }

    void setSafetyNotes(String safetyNotes) {
        this.safetyNotes = safetyNotes;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Set<String> getRequiredCards() {
        return requiredCards;
    }

    public List<TaskRequirement> getRequirements() {
        return requirements;
    }

    /** Ids of the skill requirements the task trains (flagged mappings included). */
    public Set<Long> getRequirementIds() {
        Set<Long> ids = new TreeSet<>();
        requirements.forEach(r -> ids.add(r.getRequirementId()));
        return ids;
    }

    @Override
    public String toString() {
        return name;
    }
}
