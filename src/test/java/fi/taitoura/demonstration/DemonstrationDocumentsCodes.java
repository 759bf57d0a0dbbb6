package fi.taitoura.demonstration;

import java.util.Locale;

/** Test access to the mapping of assessment target names to ammatillisennaytonarviointikohde codes. */
final class DemonstrationDocumentsCodes {

    private DemonstrationDocumentsCodes() {
    }

    static String code(String finnishName) {
        return DemonstrationDocuments.targetCode(finnishName.trim().toLowerCase(Locale.ROOT));
    }
}
