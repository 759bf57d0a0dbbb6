package fi.taitoura.capacity;

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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One assessment within a training period: one instrument version, one rater (the coach's own rating or the
 * trainee's self-assessment), a date, a phase, the answers and a comment. Who entered it and how is recorded
 * explicitly, so a self-assessment is never taken for the coach's rating.
 */
@Entity
@Table(name = "capacity_assessment")
public class CapacityAssessment extends AbstractEntity {

    /** The training period (table training_period of the trainee feature). */
    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private Instrument instrument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentPhase phase;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rater rater;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_method", nullable = false)
    private EntryMethod entryMethod;

    /** The user who entered it, by id (the user feature owns users; {@code CapacityService#enteredByNames}). */
    @Column(name = "entered_by_id", nullable = false)
    private Long enteredById;

    @Column(name = "comment_text")
    private String comment;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CapacityAnswer> answers = new ArrayList<>();

    protected CapacityAssessment() {
    }

    CapacityAssessment(Long periodId, Instrument instrument) {
        this.periodId = periodId;
        this.instrument = instrument;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    public AssessmentPhase getPhase() {
        return phase;
    }

    void setPhase(AssessmentPhase phase) {
        this.phase = phase;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Rater getRater() {
        return rater;
    }

    void setRater(Rater rater) {
        this.rater = rater;
    }

    public EntryMethod getEntryMethod() {
        return entryMethod;
    }

    void setEntryMethod(EntryMethod entryMethod) {
        this.entryMethod = entryMethod;
    }

    public Long getEnteredById() {
        return enteredById;
    }

    void setEnteredById(Long enteredById) {
        this.enteredById = enteredById;
    }

    public String getComment() {
        return comment;
    }

    void setComment(String comment) {
        this.comment = comment;
    }

    public List<CapacityAnswer> getAnswers() {
        return answers;
    }

    /** The answer to an item; empty when the item has no answer row, a row with null value is "not assessed". */
    public Optional<CapacityAnswer> answer(InstrumentItem item) {
        return answers.stream().filter(a -> a.getItem().getId().equals(item.getId())).findFirst();
    }

    public Integer value(InstrumentItem item) {
        return answer(item).map(CapacityAnswer::getValue).orElse(null);
    }
}
