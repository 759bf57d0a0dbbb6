package fi.taitoura.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The answer to one item; a null value means "not assessed" (only where the instrument allows it). */
@Entity
@Table(name = "capacity_answer")
public class CapacityAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private CapacityAssessment assessment;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private InstrumentItem item;

    @Column(name = "answer_value")
    private Integer value;

    protected CapacityAnswer() {
    }

    CapacityAnswer(CapacityAssessment assessment, InstrumentItem item, Integer value) {
        this.assessment = assessment;
        this.item = item;
        this.value = value;
    }

    public Long getId() {
        return id;
    }

    public CapacityAssessment getAssessment() {
        return assessment;
    }

    public InstrumentItem getItem() {
        return item;
    }

    public Integer getValue() {
        return value;
    }

    void setValue(Integer value) {
        this.value = value;
    }
}
