package fi.taitoura.trainee;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kind of card or pass (hygieniapassi, työturvallisuuskortti, ...): an editable list. */
@Entity
@Table(name = "card_type")
public class CardType extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    /** Typical validity in years, used to suggest the expiry date; null when the card does not expire. */
    @Column(name = "validity_years")
    private Integer validityYears;

    private boolean active = true;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getValidityYears() {
        return validityYears;
    }

    public void setValidityYears(Integer validityYears) {
        this.validityYears = validityYears;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return name;
    }
}
