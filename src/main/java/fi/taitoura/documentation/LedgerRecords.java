package fi.taitoura.documentation;

import fi.taitoura.base.db.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/** The competence ledger of a period (osaamiskertymä). */
public final class LedgerRecords {

    private LedgerRecords() {
    }

    /** One requirement: when first and last shown, how often, the highest independence level, in which tasks. */
    public record RequirementLedger(Long requirementId, LocalizedText area, LocalizedText text, LocalDate first,
                                    LocalDate last, int count, IndependenceLevel highest, List<String> tasks) {

        public boolean shown() {
            return count > 0;
        }

        public boolean shownIndependently() {
            return highest == IndependenceLevel.INDEPENDENT;
        }
    }

    /**
     * One qualification unit: its requirements and coverage. {@code ready} means every current requirement has
     * been shown independently: the unit is ready for a competence demonstration.
     */
    public record UnitLedger(Long unitId, String code, LocalizedText name, LocalizedText qualification,
                             boolean target, List<RequirementLedger> requirements) {

        public int total() {
            return requirements.size();
        }

        public long shown() {
            return requirements.stream().filter(RequirementLedger::shown).count();
        }

        public long shownIndependently() {
            return requirements.stream().filter(RequirementLedger::shownIndependently).count();
        }

        public boolean ready() {
            return total() > 0 && shownIndependently() == total();
        }

        /** Share of requirements shown at all, 0-100. */
        public int coveragePercent() {
            return total() == 0 ? 0 : (int) Math.round(100.0 * shown() / total());
        }

        public int independentPercent() {
            return total() == 0 ? 0 : (int) Math.round(100.0 * shownIndependently() / total());
        }
    }

    /** Cumulative growth by week: distinct requirements shown, and shown independently, by {@code weekStart}. */
    public record GrowthPoint(LocalDate weekStart, int shown, int independent) {
    }

    public record Ledger(Long periodId, List<UnitLedger> units, List<GrowthPoint> growth) {
    }
}
