package fi.taitoura.user;

import java.util.List;

/**
 * Where an account can be placed: the organisations and work units to choose from when editing a user. The user
 * feature keeps only their ids; the workplace feature (which owns them) provides this, so that the user feature
 * needs no knowledge of it (an extension point, see docs/adr/0016-module-boundaries.md).
 */
public interface UserPlacements {

    /** All organisations, by name. */
    List<Placement> organisations();

    /** All work units, labelled with their organisation, by name. */
    List<Placement> workUnits();

    /** One choice: a row of another feature by id and the label to show for it. */
    record Placement(Long id, String label) {
    }
}
