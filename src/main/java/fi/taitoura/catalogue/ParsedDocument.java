package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An ePerusteet document read into the catalogue's model, before anything is written: the parser validates the
 * whole document first, so that a bad document is rejected without touching the database.
 */
final class ParsedDocument {

    private ParsedDocument() {
    }

    /** The format generation a unit's requirements were read from. */
    enum Generation {
        /** 2014: requirements as an HTML list without codes. */
        HTML_LIST_2014,
        /** 2017/2018 reform: the assessment areas' titles are the requirements. */
        ASSESSMENT_AREAS_2017,
        /** 2019+: {@code ammattitaitovaatimukset2019} areas with coded requirements. */
        CODED_2019,
        /** A unit without requirements of its own (e.g. a common unit whose sub-areas carry them). */
        NONE
    }

    record Qualification(Long eperusteetId, String diaryNumber, boolean synthetic, LocalizedText name, String type,
                         List<String> educationCodes, LocalDate validFrom, LocalDate validTo, LocalDate transitionEnds,
                         Instant modifiedAt, List<Title> titles, List<Unit> units, List<String> replacedDiaryNumbers,
                         List<StructureNode> structure) {

        /** The qualification's units as its requirements list them (a common unit's sub-areas are not units). */
        int unitCount() {
            return units.size();
        }

        /** Unit rows written: the units and the common units' sub-areas (stored as units under their unit). */
        int unitRowCount() {
            return units.stream().mapToInt(u -> 1 + u.subAreas().size()).sum();
        }

        int requirementCount() {
            return units.stream().mapToInt(Unit::requirementCount).sum();
        }

        int criterionCount() {
            return units.stream().mapToInt(Unit::criterionCount).sum();
        }

        int targetCount() {
            return units.stream().mapToInt(Unit::targetCount).sum();
        }

        int areaCount() {
            return units.stream().mapToInt(Unit::areaCount).sum();
        }

        /** Every row the document makes: qualification, titles, units, areas, requirements, targets, criteria. */
        int rowCount() {
            return 1 + titles.size() + unitRowCount() + areaCount() + requirementCount() + targetCount() + criterionCount();
        }
    }

    record Title(QualificationTitleKind kind, String code, LocalizedText name) {
    }

    record Unit(Long eperusteetId, String code, LocalizedText name, BigDecimal credits, String unitType,
                LevelScale scale, LocalizedText demonstration, Generation generation, List<Area> areas,
                List<Target> targets, List<Unit> subAreas, String codeUri, Integer codeVersion, Long viiteId,
                LocalizedText requirementSubject, LocalizedText description) {

        int requirementCount() {
            return areas.stream().mapToInt(a -> a.requirements().size()).sum()
                    + subAreas.stream().mapToInt(Unit::requirementCount).sum();
        }

        int criterionCount() {
            return targets.stream().mapToInt(t -> t.criteria().size()).sum()
                    + subAreas.stream().mapToInt(Unit::criterionCount).sum();
        }

        int targetCount() {
            return targets.size() + subAreas.stream().mapToInt(Unit::targetCount).sum();
        }

        int areaCount() {
            return areas.size() + subAreas.stream().mapToInt(Unit::areaCount).sum();
        }
    }

    /**
     * A node of the qualification's structure ({@code suoritustavat[].rakenne}): a group (with a name, a rule on
     * credits and possibly a competence area) or a unit reference ({@code _tutkinnonOsaViite}, resolved to the code).
     */
    record StructureNode(String mode, boolean unit, LocalizedText name, boolean mandatory, String areaUri,
                         String areaCode, BigDecimal minCredits, BigDecimal maxCredits, Long viiteId, String unitCode,
                         BigDecimal unitCredits, List<StructureNode> children) {

        /** A stable text of the node and its subtree: the writer rewrites the structure only when it differs. */
        String fingerprint() {
            StringBuilder b = new StringBuilder();
            b.append(mode).append('|').append(unit).append('|').append(name == null ? "" : name.getFi() + "/"
                    + name.getSv() + "/" + name.getEn()).append('|').append(mandatory).append('|').append(areaUri)
                    .append('|').append(areaCode).append('|').append(num(minCredits)).append('|')
                    .append(num(maxCredits)).append('|').append(viiteId).append('|').append(unitCode).append('|')
                    .append(num(unitCredits)).append('[');
            children.forEach(c -> b.append(c.fingerprint()).append(','));
            return b.append(']').toString();
        }

        private static String num(BigDecimal d) {
            return d == null ? "" : d.stripTrailingZeros().toPlainString();
        }
    }

    record Area(String stableKey, LocalizedText name, boolean optional, List<Requirement> requirements) {
    }

    record Requirement(String code, String stableKey, LocalizedText text) {
    }

    record Target(String stableKey, LocalizedText areaName, LocalizedText name, List<Criterion> criteria) {
    }

    record Criterion(CriterionLevel level, String sourceCode, String stableKey, LocalizedText text) {
    }
}
