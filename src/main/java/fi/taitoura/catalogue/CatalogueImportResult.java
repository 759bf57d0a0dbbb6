package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;

/**
 * What importing one qualification of a document did. Counts are those of the document (units including
 * sub-areas, skill requirements, assessment criteria); {@code added}, {@code changed} and {@code retired} count
 * catalogue rows that were inserted, updated, or marked no longer current.
 */
public record CatalogueImportResult(String source, Outcome outcome, Long qualificationId, String diaryNumber,
                                    LocalizedText name, int units, int requirements, int criteria, int added,
                                    int changed, int retired) {

    public enum Outcome {
        /** A qualification new to the catalogue. */
        CREATED,
        /** A newer version of a qualification in the catalogue: texts updated, new rows added, removed ones retired. */
        UPDATED,
        /** The same version as in the catalogue: nothing changed. */
        UNCHANGED,
        /** An older version than the one in the catalogue: skipped. */
        OLDER,
        /** The document was rejected as a whole; the catalogue is as it was. */
        REJECTED
    }

    /** One line for the command line and logs. */
    public String summary() {
        return String.format("%s: %s %s (%s) — %d units, %d requirements, %d criteria%s", source, outcome,
                name == null ? "" : name.getFi(), diaryNumber, units, requirements, criteria,
                outcome == Outcome.UPDATED ? String.format(" [%d added, %d changed, %d no longer current]", added,
                        changed, retired) : "");
    }
}
