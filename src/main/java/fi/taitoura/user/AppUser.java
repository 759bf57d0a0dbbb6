package fi.taitoura.user;

import fi.taitoura.security.Usernames;

import fi.taitoura.security.Role;
import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** An account: who signs in, with which roles, in which organisation and work units. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = Usernames.REGEX)
    @Column(nullable = false, updatable = false)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean active = true;

    /** Set when an administrator chose the password: its owner must change it at the next sign-in. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    private String locale;

    /** The organisation (workplace feature) by id: a feature refers to another feature's rows by id only. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The work units (workplace feature) the user belongs to, by id; for a coach, the units they coach. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_work_unit", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "work_unit_id")
    private Set<Long> workUnitIds = new HashSet<>();

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getLocale() {
        return locale;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<Long> getWorkUnitIds() {
        return workUnitIds;
    }

    public void setWorkUnitIds(Set<Long> workUnitIds) {
        this.workUnitIds = workUnitIds == null ? new HashSet<>() : new HashSet<>(workUnitIds);
    }

    @Override
    public String toString() {
        return fullName;
    }
}
