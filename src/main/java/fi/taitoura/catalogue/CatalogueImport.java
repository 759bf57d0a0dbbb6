package fi.taitoura.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import attempt of one document, for the operator's history (rejected ones too). */
@Entity
@Table(name = "catalogue_import")
public class CatalogueImport {

    /** How the document came in. */
    public enum Channel {
        UPLOAD, COMMAND, FETCH, BUNDLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CatalogueImportResult.Outcome outcome;

    @Column(name = "qualification_id")
    private Long qualificationId;

    @Column(name = "diary_number")
    private String diaryNumber;

    @Column(name = "name_fi")
    private String nameFi;

    private int units;
    private int requirements;
    private int criteria;
    private String message;

    protected CatalogueImport() {
    }

    CatalogueImport(Instant startedAt, long durationMs, String actor, Channel channel, String source,
                    CatalogueImportResult.Outcome outcome, Long qualificationId, String diaryNumber, String nameFi,
                    int units, int requirements, int criteria, String message) {
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.actor = actor;
        this.channel = channel;
        this.source = truncate(source, 1000);
        this.outcome = outcome;
        this.qualificationId = qualificationId;
        this.diaryNumber = diaryNumber;
        this.nameFi = truncate(nameFi, 500);
        this.units = units;
        this.requirements = requirements;
        this.criteria = criteria;
        this.message = message;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public String getActor() {
        return actor;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSource() {
        return source;
    }

    public CatalogueImportResult.Outcome getOutcome() {
        return outcome;
    }

    public Long getQualificationId() {
        return qualificationId;
    }

    public String getDiaryNumber() {
        return diaryNumber;
    }

    public String getNameFi() {
        return nameFi;
    }

    public int getUnits() {
        return units;
    }

    public int getRequirements() {
        return requirements;
    }

    public int getCriteria() {
        return criteria;
    }

    public String getMessage() {
        return message;
    }
}
