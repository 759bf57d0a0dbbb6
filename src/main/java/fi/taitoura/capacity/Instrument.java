package fi.taitoura.capacity;

import fi.taitoura.base.db.AbstractEntity;
import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of an assessment instrument: its domains and items, its scale and who rates it. Versions of one
 * instrument share the {@link #getCode() code}. A version that has answers is locked; editing it creates the next
 * version (see {@link InstrumentService}). An instrument with {@link #isFixedWording() fixed wording} (the
 * Osallisuusindikaattori) can never be edited.
 */
@Entity
@Table(name = "capacity_instrument")
public class Instrument extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "instrument_version", nullable = false, updatable = false)
    private int instrumentVersion;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "description_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "description_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstrumentKind kind = InstrumentKind.CAPACITY;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_mode", nullable = false)
    private RaterMode raterMode = RaterMode.COACH_AND_SELF;

    @Enumerated(EnumType.STRING)
    @Column(name = "scale_type", nullable = false)
    private ScaleType scaleType = ScaleType.LEVELS;

    @Column(name = "allow_not_assessed", nullable = false)
    private boolean allowNotAssessed;

    @Column(nullable = false)
    private boolean example;

    @Column(name = "fixed_wording", nullable = false)
    private boolean fixedWording;

    @Column(name = "current_version", nullable = false)
    private boolean currentVersion = true;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("value")
    private List<ScalePoint> scalePoints = new ArrayList<>();

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<InstrumentDomain> domains = new ArrayList<>();

    protected Instrument() {
    }

    Instrument(String code, int instrumentVersion) {
        this.code = code;
        this.instrumentVersion = instrumentVersion;
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

    void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    void setDescription(LocalizedText description) {
        this.description = description;
    }

    public InstrumentKind getKind() {
        return kind;
    }

    void setKind(InstrumentKind kind) {
        this.kind = kind;
    }

    public RaterMode getRaterMode() {
        return raterMode;
    }

    void setRaterMode(RaterMode raterMode) {
        this.raterMode = raterMode;
    }

    public ScaleType getScaleType() {
        return scaleType;
    }

    void setScaleType(ScaleType scaleType) {
        this.scaleType = scaleType;
    }

    public boolean isAllowNotAssessed() {
        return allowNotAssessed;
    }

    void setAllowNotAssessed(boolean allowNotAssessed) {
        this.allowNotAssessed = allowNotAssessed;
    }

    public boolean isExample() {
        return example;
    }

    void setExample(boolean example) {
        this.example = example;
    }

    public boolean isFixedWording() {
        return fixedWording;
    }

    public boolean isCurrentVersion() {
        return currentVersion;
    }

    void setCurrentVersion(boolean currentVersion) {
        this.currentVersion = currentVersion;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public List<ScalePoint> getScalePoints() {
        return scalePoints;
    }

    public List<InstrumentDomain> getDomains() {
        return domains;
    }

    public Stream<InstrumentItem> items() {
        return domains.stream().flatMap(d -> d.getItems().stream());
    }

    public int minValue() {
        return scalePoints.stream().mapToInt(ScalePoint::getValue).min().orElse(0);
    }

    public int maxValue() {
        return scalePoints.stream().mapToInt(ScalePoint::getValue).max().orElse(0);
    }

    public Optional<ScalePoint> point(Integer value) {
        return value == null ? Optional.empty() : scalePoints.stream().filter(p -> p.getValue() == value).findFirst();
    }

    /** A point as the user sees it: a numeric range shows the number too. */
    public String pointLabel(Integer value, Locale locale) {
        return point(value).map(p -> {
            String label = p.getLabel().in(locale);
            return scaleType == ScaleType.NUMERIC && !label.startsWith(String.valueOf(p.getValue()))
                    ? p.getValue() + " – " + label : label;
        }).orElse("");
    }

    /** Name with the version, e.g. "Työkykypistemäärä (0–10), v2". */
    public String displayName(Locale locale) {
        return name.in(locale) + ", v" + instrumentVersion;
    }

    @Override
    public String toString() {
        return code + " v" + instrumentVersion;
    }
}
