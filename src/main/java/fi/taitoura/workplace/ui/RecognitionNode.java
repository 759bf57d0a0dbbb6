package fi.taitoura.workplace.ui;

import fi.taitoura.workplace.ItemRef;
import java.util.Objects;

/** A row of the recognition tree: a qualification, a unit, a requirement, a criterion or a criteria group. */
final class RecognitionNode {

    enum Kind { QUALIFICATION, UNIT, REQUIREMENT, CRITERIA, CRITERION }

    final Kind kind;
    final Long id;
    final String label;
    final String searchText;
    /** The recognition item this row ticks, or null for qualifications and groups. */
    final ItemRef ref;
    /** For a unit: how many requirements it has (sub-areas included). */
    int requirementTotal;
    /** In review mode: the recognition item's id. */
    Long itemId;

    RecognitionNode(Kind kind, Long id, String label, ItemRef ref) {
        this.kind = kind;
        this.id = id;
        this.label = label;
        this.searchText = label == null ? "" : label.toLowerCase();
        this.ref = ref;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecognitionNode n && n.kind == kind && Objects.equals(n.id, id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id);
    }

    @Override
    public String toString() {
        return label;
    }
}
