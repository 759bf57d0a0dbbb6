package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A competence area (osaamisala) or qualification title (tutkintonimike) of a qualification. */
@Entity
@Table(name = "qualification_title")
public class QualificationTitle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qualification_id", nullable = false)
    private Qualification qualification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QualificationTitleKind kind;

    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Column(name = "sort_order")
    private int sortOrder;

    protected QualificationTitle() {
    }

    public QualificationTitle(Qualification qualification, QualificationTitleKind kind, String code, LocalizedText name,
                              int sortOrder) {
        this.qualification = qualification;
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public QualificationTitleKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
