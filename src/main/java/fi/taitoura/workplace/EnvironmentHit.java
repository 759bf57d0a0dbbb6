package fi.taitoura.workplace;

import fi.taitoura.base.db.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/** One approved environment in the search: the work unit, its recognition in force and the recognised units. */
public record EnvironmentHit(Long recognitionId, Long workUnitId, String workUnitName, String organisationName,
                             String municipality, WorkUnitSector sector, int revision, LocalDate approvedOn,
                             LocalDate nextReviewOn, String reviewerName, List<LocalizedText> qualifications,
                             List<UnitLine> units) {

    /** A recognised unit: code, name, and how many of its requirements the recognition covers. */
    public record UnitLine(String code, LocalizedText name, int requirementCount, boolean matched) {
    }
}
