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

/** An item (question or statement) of a domain. */
@Entity
@Table(name = "capacity_item")
public class InstrumentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "domain_id", nullable = false)
    private InstrumentDomain domain;

    @Column(name = "item_key", nullable = false)
    private String key;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "text_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "text_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en"))})
    private LocalizedText text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected InstrumentItem() {
    }

    InstrumentItem(InstrumentDomain domain, String key, LocalizedText text, int sortOrder) {
        this.domain = domain;
        this.key = key;
        this.text = text;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public InstrumentDomain getDomain() {
        return domain;
    }

    public String getKey() {
        return key;
    }

    public LocalizedText getText() {
        return text;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
