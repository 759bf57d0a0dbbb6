package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/**
 * A read-only snapshot of the part of the competence catalogue a recognition works on: qualifications, their units
 * (and sub-areas), skill requirements and the T1-level (or pass-level) assessment criteria. Detached from the
 * database, so views can walk it freely.
 */
public final class CatalogueTree {

    private CatalogueTree() {
    }

    public record QualificationNode(Long id, String diaryNumber, LocalizedText name, List<UnitNode> units) {
    }

    public record UnitNode(Long id, Long qualificationId, String code, LocalizedText name, BigDecimal credits,
                           List<UnitNode> subAreas, List<RequirementNode> requirements,
                           List<CriterionNode> criteria) {

        /** Requirements of this unit and its sub-areas. */
        public int requirementCount() {
            return requirements.size() + subAreas.stream().mapToInt(UnitNode::requirementCount).sum();
        }
    }

    public record RequirementNode(Long id, Long unitId, String code, LocalizedText text, LocalizedText areaName) {
    }

    public record CriterionNode(Long id, Long unitId, LocalizedText targetName, LocalizedText text) {
    }

    /** A qualification for choosing, without its content. */
    public record QualificationRef(Long id, String diaryNumber, LocalizedText name) {
    }
}
