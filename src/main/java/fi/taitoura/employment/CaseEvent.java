package fi.taitoura.employment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** An event on a case: a meeting, benefits counselling (with its topics), a follow-up after closure (status). */
@Entity
@Table(name = "employment_event")
class CaseEvent extends CaseRecord {

    @Column(name = "event_date", nullable = false)
    LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    EventKind kind;

    @Enumerated(EnumType.STRING)
    Outcome status;

    String note;

    @Column(name = "recorded_by")
    Long recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "employment_event_topic", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    Set<BenefitTopic> topics = EnumSet.noneOf(BenefitTopic.class);
}
