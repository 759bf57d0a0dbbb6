package fi.taitoura.workplace;

import fi.taitoura.base.db.LocalizedText;

/** A skill requirement the approved recognition in force of a work unit covers, with its unit for grouping. */
public record RecognisedRequirement(Long id, String code, LocalizedText text, LocalizedText areaName, Long unitId,
                                    String unitCode, LocalizedText unitName, String practice) {
}
