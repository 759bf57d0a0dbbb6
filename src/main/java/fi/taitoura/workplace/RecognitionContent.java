package fi.taitoura.workplace;

import fi.taitoura.catalogue.CatalogueReader;
import fi.taitoura.catalogue.CatalogueReader.CriterionRow;
import fi.taitoura.catalogue.CatalogueReader.RequirementRow;
import fi.taitoura.catalogue.CatalogueReader.UnitRow;
import fi.taitoura.catalogue.CatalogueTree.QualificationRef;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue rows that recognition versions refer to by id (their qualifications, by Finnish name; the units,
 * requirements and criteria of their items, by id), read from the catalogue's published reads in one query per kind.
 */
public record RecognitionContent(List<QualificationRef> qualifications, Map<Long, UnitRow> units,
                                 Map<Long, RequirementRow> requirements, Map<Long, CriterionRow> criteria) {

    static RecognitionContent of(CatalogueReader catalogue, Collection<EnvironmentRecognition> versions) {
        Set<Long> qualIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        Set<Long> reqIds = new HashSet<>();
        Set<Long> critIds = new HashSet<>();
        for (EnvironmentRecognition r : versions) {
            qualIds.addAll(r.getQualificationIds());
            for (RecognitionItem i : r.getItems()) {
                unitIds.add(i.getUnitId());
                if (i.getRequirementId() != null) {
                    reqIds.add(i.getRequirementId());
                }
                if (i.getCriterionId() != null) {
                    critIds.add(i.getCriterionId());
                }
            }
        }
        return new RecognitionContent(catalogue.qualificationRefs(qualIds), catalogue.units(unitIds),
                catalogue.requirementsById(reqIds), catalogue.criteria(critIds));
    }

    /** The version's qualifications, by Finnish name. */
    public List<QualificationRef> qualificationsOf(EnvironmentRecognition r) {
        return qualifications.stream().filter(q -> r.getQualificationIds().contains(q.id())).toList();
    }

    public UnitRow unit(RecognitionItem item) {
        return units.get(item.getUnitId());
    }

    public RequirementRow requirement(RecognitionItem item) {
        return item.getRequirementId() == null ? null : requirements.get(item.getRequirementId());
    }

    public CriterionRow criterion(RecognitionItem item) {
        return item.getCriterionId() == null ? null : criteria.get(item.getCriterionId());
    }
}
