package fi.taitoura.summary;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The record that a finalised summary was delivered outside Taitoura (to a referrer known by name only): how, on which
 * day, recorded by whom, and an optional short reference without personal data (e.g. the secure e-mail's case number).
 */
@Entity
@Table(name = "summary_delivery")
public class SummaryDelivery extends AbstractEntity {

    /** The longest reference text. */
    public static final int MAX_REFERENCE = 120;

    @Column(name = "summary_id", nullable = false, updatable = false)
    private Long summaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryMethod method;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    protected SummaryDelivery() {
    }

    SummaryDelivery(Long summaryId) {
        this.summaryId = summaryId;
    }

    public Long getSummaryId() {
        return summaryId;
    }

    public DeliveryMethod getMethod() {
        return method;
    }

    void setMethod(DeliveryMethod method) {
        this.method = method;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public String getReference() {
        return reference;
    }

    void setReference(String reference) {
        this.reference = reference;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    void setRecordedBy(Long recordedBy) {
        this.recordedBy = recordedBy;
    }
}
