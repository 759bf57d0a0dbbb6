package fi.taitoura.fidelity;

import fi.taitoura.base.db.AbstractEntity;
import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A version of a fidelity review instrument (the 25-item IPS scale, the 35-item school variant), loaded as data. */
@Entity
@Table(name = "fidelity_instrument")
public class FidelityInstrument extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "instrument_version", nullable = false, updatable = false)
    private int instrumentVersion;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "fi", column = @Column(name = "description_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "description_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    @Column(name = "scale_min", nullable = false)
    private int scaleMin;

    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    @Column(name = "working_text", nullable = false)
    private boolean workingText;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String sha256;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FidelitySubscale> subscales = new ArrayList<>();

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FidelitySection> sections = new ArrayList<>();

    protected FidelityInstrument() {
    }

    FidelityInstrument(String code, int instrumentVersion, LocalizedText name, LocalizedText description, int scaleMin,
                       int scaleMax, boolean workingText, String source, String sha256) {
        this.code = code;
        this.instrumentVersion = instrumentVersion;
        this.name = name;
        this.description = description;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
        this.workingText = workingText;
        this.source = source;
        this.sha256 = sha256;
    }

    public String getCode() {
        return code;
    }

    public int getInstrumentVersion() {
        return instrumentVersion;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public int getScaleMin() {
        return scaleMin;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public boolean isWorkingText() {
        return workingText;
    }

    public String getSource() {
        return source;
    }

    public String getSha256() {
        return sha256;
    }

    public List<FidelitySubscale> getSubscales() {
        return subscales;
    }

    public List<FidelitySection> getSections() {
        return sections;
    }

    /** All items in form order. */
    public Stream<FidelityItem> items() {
        return sections.stream().flatMap(s -> s.getItems().stream());
    }
}
