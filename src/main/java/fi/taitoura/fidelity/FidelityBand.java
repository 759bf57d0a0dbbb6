package fi.taitoura.fidelity;

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

/** A band of a subscale's total, e.g. 115-125 "exemplary". */
@Entity
@Table(name = "fidelity_band")
public class FidelityBand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscale_id", nullable = false)
    private FidelitySubscale subscale;

    @Column(name = "min_total", nullable = false)
    private int minTotal;

    @Column(name = "max_total", nullable = false)
    private int maxTotal;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "fi", column = @Column(name = "label_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "label_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "label_en"))})
    private LocalizedText label;

    protected FidelityBand() {
    }

    FidelityBand(FidelitySubscale subscale, int minTotal, int maxTotal, LocalizedText label) {
        this.subscale = subscale;
        this.minTotal = minTotal;
        this.maxTotal = maxTotal;
        this.label = label;
    }

    public int getMinTotal() {
        return minTotal;
    }

    public int getMaxTotal() {
        return maxTotal;
    }

    public LocalizedText getLabel() {
        return label;
    }
}
