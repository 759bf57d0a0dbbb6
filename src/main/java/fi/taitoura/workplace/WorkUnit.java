package fi.taitoura.workplace;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A work unit (työyksikkö) of an organisation, where trainees do real work with a coach. */
@Entity
@Table(name = "work_unit")
public class WorkUnit extends AbstractEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    private boolean active = true;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkUnitSector sector = WorkUnitSector.OTHER;

    @Size(max = 200)
    @Column(name = "street_address")
    private String streetAddress;

    @Size(max = 10)
    @Column(name = "postal_code")
    private String postalCode;

    @Size(max = 100)
    @Column(name = "post_office")
    private String postOffice;

    @Size(max = 200)
    @Column(name = "contact_name")
    private String contactName;

    @Size(max = 40)
    @Column(name = "contact_phone")
    private String contactPhone;

    @Size(max = 200)
    @Column(name = "contact_email")
    private String contactEmail;

    /** How many trainees one coach guides at a time here (typically 8-12). */
    @Min(1)
    @Max(30)
    @Column(name = "trainees_per_coach", nullable = false)
    private int traineesPerCoach = 10;

    @Size(max = 2000)
    private String description;

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public WorkUnitSector getSector() {
        return sector;
    }

    public void setSector(WorkUnitSector sector) {
        this.sector = sector;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPostOffice() {
        return postOffice;
    }

    public void setPostOffice(String postOffice) {
        this.postOffice = postOffice;
    }

    /** Street address, postal code and post office on one line; empty when none is given. */
    public String getAddressLine() {
        return addressLine(streetAddress, postalCode, postOffice);
    }

    /** "Katu 1, 00100 Helsinki": the parts given, in that order. */
    static String addressLine(String streetAddress, String postalCode, String postOffice) {
        String place = String.join(" ", java.util.stream.Stream.of(postalCode, postOffice)
                .filter(x -> x != null && !x.isBlank()).toList());
        return String.join(", ", java.util.stream.Stream.of(streetAddress, place)
                .filter(x -> x != null && !x.isBlank()).toList());
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public int getTraineesPerCoach() {
        return traineesPerCoach;
    }

    public void setTraineesPerCoach(int traineesPerCoach) {
        this.traineesPerCoach = traineesPerCoach;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return name;
    }
}
