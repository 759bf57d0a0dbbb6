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

/** An item (criterion) of an instrument: number in the form, stable key, title and what full points look like. */
@Entity
@Table(name = "fidelity_item")
public class FidelityItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private FidelitySection section;

    @Column(name = "item_number", nullable = false)
    private int number;

    @Column(name = "item_key", nullable = false)
    private String key;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "fi", column = @Column(name = "title_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "title_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "fi", column = @Column(name = "description_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "description_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    protected FidelityItem() {
    }

    FidelityItem(FidelitySection section, int number, String key, LocalizedText title, LocalizedText description) {
        this.section = section;
        this.number = number;
        this.key = key;
        this.title = title;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public FidelitySection getSection() {
        return section;
    }

    public int getNumber() {
        return number;
    }

    public String getKey() {
        return key;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }
}
