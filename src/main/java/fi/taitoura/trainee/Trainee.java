package fi.taitoura.trainee;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A trainee (valmentautuja): social-welfare client data, minimal by design. Every read and change is audited. */
@Entity
@Table(name = "trainee")
public class Trainee extends AbstractEntity {

    /** The organisation (workplace feature) by id. */
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    /** The henkilötunnus, AES-GCM encrypted; read it through {@link TraineeService}. */
    @Column(name = "personal_id_enc")
    private String personalIdEncrypted;

    @Column(name = "personal_id_hash")
    private String personalIdHash;

    private String phone;
    private String email;
    private String address;

    /** Languages the trainee uses, free text, e.g. "suomi, arabia". */
    private String languages;

    /** Support needs relevant to work (not diagnoses). */
    @Column(name = "support_needs")
    private String supportNeeds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trainee_consent", joinColumns = @JoinColumn(name = "trainee_id"))
    @Column(name = "consent")
    @Enumerated(EnumType.STRING)
    private Set<Consent> consents = EnumSet.noneOf(Consent.class);

    /** The trainee's own sign-in account (user feature, role TRAINEE) by id, once the coach activated it. */
    @Column(name = "user_id")
    private Long userId;

    public Long getUserId() {
        return userId;
    }

    void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    String getPersonalIdEncrypted() {
        return personalIdEncrypted;
    }

    void setPersonalIdEncrypted(String personalIdEncrypted) {
        this.personalIdEncrypted = personalIdEncrypted;
    }

    String getPersonalIdHash() {
        return personalIdHash;
    }

    void setPersonalIdHash(String personalIdHash) {
        this.personalIdHash = personalIdHash;
    }

    public boolean hasPersonalId() {
        return personalIdEncrypted != null;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getSupportNeeds() {
        return supportNeeds;
    }

    public void setSupportNeeds(String supportNeeds) {
        this.supportNeeds = supportNeeds;
    }

    public Set<Consent> getConsents() {
        return consents;
    }

    public void setConsents(Set<Consent> consents) {
        this.consents = consents == null || consents.isEmpty() ? EnumSet.noneOf(Consent.class) : EnumSet.copyOf(consents);
    }

    @Override
    public String toString() {
        return getDisplayName();
    }
}
