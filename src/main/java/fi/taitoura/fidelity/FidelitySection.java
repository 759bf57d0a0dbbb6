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

/** A section of an instrument (staffing, organisation, services, education) in one subscale. */
@Entity
@Table(name = "fidelity_section")
public class FidelitySection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private FidelityInstrument instrument;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "subscale_id", nullable = false)
    private FidelitySubscale subscale;

    @Column(name = "section_key", nullable = false)
    private String key;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<FidelityItem> items = new ArrayList<>();

    protected FidelitySection() {
    }

    FidelitySection(FidelityInstrument instrument, FidelitySubscale subscale, String key, LocalizedText name,
                    int sortOrder) {
        this.instrument = instrument;
        this.subscale = subscale;
        this.key = key;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public FidelitySubscale getSubscale() {
        return subscale;
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

    public List<FidelityItem> getItems() {
        return items;
    }
}
