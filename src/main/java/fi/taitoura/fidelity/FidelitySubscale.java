package fi.taitoura.fidelity;

import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A subscale of an instrument with the bands of its total. */
@Entity
@Table(name = "fidelity_subscale")
public class FidelitySubscale {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private FidelityInstrument instrument;

    @Column(name = "subscale_key", nullable = false)
    private String key;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "subscale", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("minTotal desc")
    private List<FidelityBand> bands = new ArrayList<>();

    protected FidelitySubscale() {
    }

    FidelitySubscale(FidelityInstrument instrument, String key, LocalizedText name, int sortOrder) {
        this.instrument = instrument;
        this.key = key;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<FidelityBand> getBands() {
        return bands;
    }

    /** The band the total falls into, if the subscale has bands. */
    public Optional<FidelityBand> bandOf(int total) {
        return bands.stream().filter(b -> total >= b.getMinTotal() && total <= b.getMaxTotal()).findFirst();
    }
}
