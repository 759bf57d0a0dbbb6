package fi.taitoura.capacity;

import fi.taitoura.base.db.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** Scores and comparisons computed from answers. */
public final class CapacityScoring {

    /** Coach and self ratings that differ by this much or more are highlighted for discussion. */
    public static final int DISAGREEMENT = 2;

    private CapacityScoring() {
    }

    /**
     * Each domain's score: the mean of its assessed items (not-assessed items are left out), by domain key, in the
     * instrument's order; a domain with no assessed item is absent.
     */
    public static Map<String, Double> domainScores(CapacityAssessment assessment) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (InstrumentDomain domain : assessment.getInstrument().getDomains()) {
            OptionalDouble mean = domain.getItems().stream().map(assessment::value).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).average();
            mean.ifPresent(m -> scores.put(domain.getKey(), m));
        }
        return scores;
    }

    /** A row of the side-by-side table: a domain (its scores) or an item (its answers). */
    public record ComparisonRow(boolean domain, String domainKey, String itemKey, LocalizedText text, Double coach,
                                Double self) {

        /** Self minus coach; null unless both rated. */
        public Double difference() {
            return coach == null || self == null ? null : self - coach;
        }

        /** True when both rated and they differ by {@link #DISAGREEMENT} or more. */
        public boolean disagreement() {
            Double d = difference();
            return d != null && Math.abs(d) >= DISAGREEMENT - 1e-9;
        }
    }

    /**
     * The coach's rating and the trainee's self-assessment side by side, item by item under each domain, following
     * the layout of {@code instrument}. Either assessment may be null; answers are matched by domain and item key,
     * so two versions of one instrument can be compared.
     */
    public static List<ComparisonRow> compare(Instrument instrument, CapacityAssessment coach,
                                              CapacityAssessment self) {
        Map<String, Double> coachDomains = coach == null ? Map.of() : domainScores(coach);
        Map<String, Double> selfDomains = self == null ? Map.of() : domainScores(self);
        List<ComparisonRow> rows = new ArrayList<>();
        for (InstrumentDomain domain : instrument.getDomains()) {
            rows.add(new ComparisonRow(true, domain.getKey(), null, domain.getName(),
                    coachDomains.get(domain.getKey()), selfDomains.get(domain.getKey())));
            for (InstrumentItem item : domain.getItems()) {
                rows.add(new ComparisonRow(false, domain.getKey(), item.getKey(), item.getText(),
                        valueOf(coach, domain.getKey(), item.getKey()), valueOf(self, domain.getKey(), item.getKey())));
            }
        }
        return rows;
    }

    private static Double valueOf(CapacityAssessment a, String domainKey, String itemKey) {
        if (a == null) {
            return null;
        }
        return a.getAnswers().stream()
                .filter(x -> x.getItem().getKey().equals(itemKey) && x.getItem().getDomain().getKey().equals(domainKey))
                .map(CapacityAnswer::getValue).filter(Objects::nonNull).map(Integer::doubleValue).findFirst()
                .orElse(null);
    }
}
