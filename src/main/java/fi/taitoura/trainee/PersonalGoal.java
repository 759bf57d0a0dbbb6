package fi.taitoura.trainee;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A personal goal of a period, with the support given and its outcome; followed up with dated entries. */
@Entity
@Table(name = "personal_goal")
public class PersonalGoal extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private TrainingPeriod period;

    @Column(nullable = false)
    private String description;

    /** The support and guidance given towards the goal (the law requires it recorded). */
    private String support;

    @Enumerated(EnumType.STRING)
    private GoalOutcome outcome;

    @Column(name = "sort_order")
    private int sortOrder;

    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL)
    @OrderBy("entryDate, id")
    private List<GoalFollowUp> followUps = new ArrayList<>();

    public TrainingPeriod getPeriod() {
        return period;
    }

    public void setPeriod(TrainingPeriod period) {
        this.period = period;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = support;
    }

    public GoalOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(GoalOutcome outcome) {
        this.outcome = outcome;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public List<GoalFollowUp> getFollowUps() {
        return followUps;
    }
}
