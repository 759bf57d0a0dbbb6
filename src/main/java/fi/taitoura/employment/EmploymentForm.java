package fi.taitoura.employment;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * One form of a case (see {@link FormKind}): its date, typed parts and free-text fields by key. Plans are kept in
 * revisions (1, 2, ...); the other forms have revision 1 and are edited in place.
 */
@Entity
@Table(name = "employment_form")
class EmploymentForm extends AbstractEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    FormKind kind;

    @Column(nullable = false, updatable = false)
    int revision;

    @Column(name = "form_date", nullable = false)
    LocalDate formDate;

    @Column(name = "review_on")
    LocalDate reviewOn;

    @Column(name = "job_id")
    Long jobId;

    /** Referral: the client consents to the exchange of information between the services. */
    Boolean consent;

    /** Agreement: the client allows telling employers about their situation (disclosure). */
    Boolean disclosure;

    @Column(name = "created_by")
    Long createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "employment_form_text", joinColumns = @JoinColumn(name = "form_id"))
    @MapKeyColumn(name = "field")
    @Column(name = "value", nullable = false)
    @BatchSize(size = 50)
    Map<String, String> texts = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "employment_form_party", joinColumns = @JoinColumn(name = "form_id"))
    @Column(name = "party")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    Set<ContactParty> parties = EnumSet.noneOf(ContactParty.class);
}
