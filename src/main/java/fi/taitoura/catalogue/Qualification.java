package fi.taitoura.catalogue;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A qualification (tutkinto / peruste) imported from ePerusteet, identified by its diary number. */
@Entity
@Table(name = "qualification")
public class Qualification extends AbstractEntity {

    @Column(name = "eperusteet_id")
    private Long eperusteetId;

    @Column(name = "diary_number", nullable = false)
    private String diaryNumber;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "qualification_type")
    private String qualificationType;

    /** Education codes (koulutus koodiarvo), comma-separated, e.g. "351101,351102". */
    @Column(name = "education_codes")
    private String educationCodes;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "transition_ends")
    private LocalDate transitionEnds;

    /** ePerusteet's last modification time of the document ({@code muokattu}); decides which version is newer. */
    @Column(name = "source_modified_at")
    private Instant sourceModifiedAt;

    /** The file name or URL the qualification was last imported from. */
    @Column(nullable = false)
    private String source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    /** Diary numbers this qualification replaces (korvattavatDiaarinumerot), comma-separated. */
    @Column(name = "replaced_diary_numbers")
    private String replacedDiaryNumbers;

    /** The importer format that last wrote the row; an older one makes the next import re-write it. */
    @Column(name = "import_format", nullable = false)
    private int importFormat = 1;

    @OneToMany(mappedBy = "qualification", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<QualificationTitle> titles = new ArrayList<>();

    @OneToMany(mappedBy = "qualification", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<QualificationUnit> units = new ArrayList<>();

    /** True when the qualification is in force on the given day (or its transition period has not ended). */
    public boolean isValidOn(LocalDate day) {
        boolean started = validFrom == null || !day.isBefore(validFrom);
        LocalDate end = transitionEnds != null && (validTo == null || transitionEnds.isAfter(validTo))
                ? transitionEnds : validTo;
        return started && (end == null || !day.isAfter(end));
    }

    public Long getEperusteetId() {
        return eperusteetId;
    }

    public void setEperusteetId(Long eperusteetId) {
        this.eperusteetId = eperusteetId;
    }

    public String getDiaryNumber() {
        return diaryNumber;
    }

    public void setDiaryNumber(String diaryNumber) {
        this.diaryNumber = diaryNumber;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public String getQualificationType() {
        return qualificationType;
    }

    public void setQualificationType(String qualificationType) {
        this.qualificationType = qualificationType;
    }

    public String getEducationCodes() {
        return educationCodes;
    }

    public void setEducationCodes(String educationCodes) {
        this.educationCodes = educationCodes;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public LocalDate getTransitionEnds() {
        return transitionEnds;
    }

    public void setTransitionEnds(LocalDate transitionEnds) {
        this.transitionEnds = transitionEnds;
    }

    public Instant getSourceModifiedAt() {
        return sourceModifiedAt;
    }

    public void setSourceModifiedAt(Instant sourceModifiedAt) {
        this.sourceModifiedAt = sourceModifiedAt;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public void setImportedAt(Instant importedAt) {
        this.importedAt = importedAt;
    }

    public String getReplacedDiaryNumbers() {
        return replacedDiaryNumbers;
    }

    public void setReplacedDiaryNumbers(String replacedDiaryNumbers) {
        this.replacedDiaryNumbers = replacedDiaryNumbers;
    }

    public int getImportFormat() {
        return importFormat;
    }

    public void setImportFormat(int importFormat) {
        this.importFormat = importFormat;
    }

    public List<QualificationTitle> getTitles() {
        return titles;
    }

    public List<QualificationUnit> getUnits() {
        return units;
    }

    @Override
    public String toString() {
        return name == null ? diaryNumber : name.getFi() + " (" + diaryNumber + ")";
    }
}
