package fi.taitoura.capacity;

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

/** A domain of an instrument version: a group of items scored together (the mean of its items). */
@Entity
@Table(name = "capacity_domain")
public class InstrumentDomain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private Instrument instrument;

    /** Stays the same across versions, so that change is followed over versions. */
    @Column(name = "domain_key", nullable = false)
    private String key;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "domain", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<InstrumentItem> items = new ArrayList<>();

    protected InstrumentDomain() {
    }

    InstrumentDomain(Instrument instrument, String key, LocalizedText name, int sortOrder) {
        this.instrument = instrument;
        this.key = key;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Instrument getInstrument() {
        return instrument;
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

    public List<InstrumentItem> getItems() {
        return items;
    }
}
