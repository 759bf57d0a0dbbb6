package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read-only views of the catalogue that {@link CatalogueService} hands to views and other features. */
public final class CatalogueDto {

    private CatalogueDto() {
    }

    /** ePerusteet's public site; its addresses carry the language, the qualification's id and the unit's reference. */
    public static final String EPERUSTEET_SITE = "https://eperusteet.opintopolku.fi/";

    /**
     * The public ePerusteet page of a unit ({@code #/<lang>/ammatillinen/<perusteId>/tutkinnonosat/<viiteId>}),
     * or of the qualification when the unit's reference is unknown; null without the qualification's id.
     */
    public static String eperusteetUrl(Long perusteId, Long viiteId, String language) {
        if (perusteId == null) {
            return null;
        }
        String lang = "sv".equals(language) || "en".equals(language) ? language : "fi";
        String base = EPERUSTEET_SITE + "#/" + lang + "/ammatillinen/" + perusteId;
        return viiteId == null ? base + "/tiedot" : base + "/tutkinnonosat/" + viiteId;
    }

    public record QualificationSummary(Long id, String diaryNumber, LocalizedText name, String qualificationType,
                                       String educationCodes, LocalDate validFrom, LocalDate validTo,
                                       LocalDate transitionEnds, Instant sourceModifiedAt, String source,
                                       Instant importedAt, int unitCount, Long eperusteetId,
                                       List<String> replacedDiaryNumbers) {

        /** True for the qualification row a single-unit document was given (see docs/catalogue.md). */
        public boolean singleUnit() {
            return diaryNumber.startsWith(EperusteetParser.SINGLE_UNIT_DIARY_PREFIX);
        }

        /** In force on the day, counting the transition period. */
        public boolean isValidOn(LocalDate day) {
            boolean started = validFrom == null || !day.isBefore(validFrom);
            LocalDate end = transitionEnds != null && (validTo == null || transitionEnds.isAfter(validTo))
                    ? transitionEnds : validTo;
            return started && (end == null || !day.isAfter(end));
        }

        /** No longer in force on the day (its validity and transition period have ended). */
        public boolean isExpiredOn(LocalDate day) {
            return !isValidOn(day) && (validFrom == null || !day.isBefore(validFrom));
        }

        /** The day the qualification stops being usable: the later of validity end and transition end. */
        public LocalDate lastDay() {
            return transitionEnds != null && (validTo == null || transitionEnds.isAfter(validTo)) ? transitionEnds
                    : validTo;
        }
    }

    public record TitleView(QualificationTitleKind kind, String code, LocalizedText name) {
    }

    public record UnitSummary(Long id, Long qualificationId, String code, LocalizedText name, BigDecimal credits,
                              String unitType, LevelScale scale, boolean current, Long parentId, int sortOrder,
                              String codeUri, Integer codeVersion, Long viiteId) {
    }

    public record QualificationDetail(QualificationSummary qualification, List<TitleView> titles,
                                      List<UnitSummary> units, List<StructureView> structure) {
    }

    /**
     * A node of the qualification's structure: a group (name, mandatory or not, credit rule, competence area) or a
     * unit ({@code unitCode}, its reference id and scope). One root per completion mode ({@code mode}).
     */
    public record StructureView(String mode, boolean unit, LocalizedText name, boolean mandatory,
                                String competenceAreaUri, String competenceAreaCode, BigDecimal minCredits,
                                BigDecimal maxCredits, Long viiteId, String unitCode, BigDecimal unitCredits,
                                List<StructureView> children) {
    }

    public record RequirementView(Long id, String code, String stableKey, LocalizedText text, boolean current) {
    }

    public record AreaView(Long id, LocalizedText name, boolean optional, boolean current,
                           List<RequirementView> requirements) {
    }

    public record CriterionView(Long id, CriterionLevel level, int grade, String sourceCode, LocalizedText text,
                                boolean current) {
    }

    public record TargetView(Long id, LocalizedText areaName, LocalizedText name, boolean current,
                             List<CriterionView> criteria) {
    }

    /** A unit with everything a unit page or an assessment needs. */
    public record UnitDetail(UnitSummary unit, QualificationSummary qualification, UnitSummary parent,
                             LocalizedText demonstration, List<AreaView> areas, List<TargetView> targets,
                             List<UnitSummary> subAreas, LocalizedText description,
                             LocalizedText requirementSubject) {

        public int requirementCount() {
            return areas.stream().mapToInt(a -> a.requirements().size()).sum();
        }
    }

    /** A requirement with the unit and qualification it belongs to. */
    public record RequirementRef(Long id, String code, LocalizedText text, boolean current, Long unitId,
                                 String unitCode, LocalizedText unitName, Long qualificationId, String diaryNumber) {
    }

    public record UnitHit(UnitSummary unit, boolean nameMatches, List<RequirementView> matchingRequirements) {
    }

    /** Search results of one qualification. */
    public record SearchGroup(QualificationSummary qualification, boolean nameMatches, List<UnitHit> units) {
    }
}
