package fi.taitoura.lifecycle;

import java.util.List;
import java.util.Map;

/**
 * A feature that holds a trainee's personal data implements this (in its own package, on its own tables), so that
 * the data lifecycle can anonymise or erase it when its retention ends and export it for a subject-access request.
 * The lifecycle passes the trainee's id and the ids of their training periods; it never reads a feature's tables.
 */
public interface PersonalDataHolder {

    /** The section name in an export, e.g. {@code trainee}, {@code documentation}. */
    String section();

    /**
     * Order when erasing: higher first (rows that refer to others' rows go before them). The trainee's own record
     * is last.
     */
    int eraseOrder();

    /**
     * Removes what identifies the person or is written about them (names, contact details, free texts, document
     * contents), keeping dates, levels and statuses for anonymous statistics.
     */
    void anonymise(long traineeId, List<Long> periodIds);

    /** Deletes the trainee's rows. */
    void erase(long traineeId, List<Long> periodIds);

    /** The trainee's data held here: named lists of rows (field name to value), for people and machines alike. */
    Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds);
}
