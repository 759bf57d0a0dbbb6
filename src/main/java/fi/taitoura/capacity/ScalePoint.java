package fi.taitoura.capacity;

import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One point of an instrument version's scale. */
@Entity
@Table(name = "capacity_scale_point")
public class ScalePoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private Instrument instrument;

    @Column(name = "point_value", nullable = false)
    private int value;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "label_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "label_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "label_en"))})
    private LocalizedText label;

    protected ScalePoint() {
    }

    ScalePoint(Instrument instrument, int value, LocalizedText label) {
        this.instrument = instrument;
        this.value = value;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public int getValue() {
        return value;
    }

    public LocalizedText getLabel() {
        return label;
    }
}
