package fi.taitoura.trainee;

import fi.taitoura.base.time.Time;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The group a report covers (work units, optionally one coach) and its time range, resolved against the viewer's
 * scope by {@link PeriodFacts#filter}: only that method creates one, so a feature that receives a filter may trust
 * its work units. It also carries the SQL of the trainee feature's published reporting views ({@code report_period},
 * {@code report_period_coach}, ADR 0022), so that other features' aggregate queries join the views the same way and
 * never the trainee feature's tables.
 * <p>
 * Rows are grouped per work unit and coach {@code WITH ROLLUP}: a row per (unit, coach), a subtotal per unit
 * (coach null) and a grand total (unit null); counts must be {@code count(distinct ...)} because a period with two
 * coaches appears once per coach. A period without a coach is grouped under coach 0.
 */
public final class ReportFilter {

    private final Set<Long> unitIds;
    private final Long coachId;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate asOf;

    ReportFilter(Set<Long> unitIds, Long coachId, LocalDate from, LocalDate to, LocalDate today) {
        this.unitIds = Set.copyOf(unitIds);
        this.coachId = coachId;
        this.from = from;
        this.to = to;
        this.asOf = today.isAfter(to) ? to : today.isBefore(from) ? from : today;
    }

    /** The work units covered (already limited to the viewer's scope); may be empty. */
    public Set<Long> unitIds() {
        return unitIds;
    }

    /** One coach's periods only, or null for all. */
    public Long coachId() {
        return coachId;
    }

    /** First day of the range (inclusive). */
    public LocalDate from() {
        return from;
    }

    /** Last day of the range (inclusive). */
    public LocalDate to() {
        return to;
    }

    /** The day "active" counts refer to: today, kept within the range (its end for a past range). */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Joins the period dimension {@code d} and its coaches {@code c} to a table with a period id column, e.g.
     * {@code "from attendance a" + filter.join("a.period_id")}.
     */
    public String join(String periodIdColumn) {
        return " join report_period d on d.period_id = " + periodIdColumn
                + " left join report_period_coach c on c.period_id = d.period_id ";
    }

    /** The dimension alone, for queries that start from the periods: {@code "from" + filter.periods()}. */
    public String periods() {
        return " report_period d left join report_period_coach c on c.period_id = d.period_id ";
    }

    /** The filter's condition on {@code d} and {@code c} (without WHERE). */
    public String where() {
        return " d.work_unit_id in (:units) and (:coach is null or c.coach_id = :coach) ";
    }

    /** The grouping columns to select: {@code unit_id} and {@code coach_key}. */
    public static String groupColumns() {
        return " d.work_unit_id as unit_id, coalesce(c.coach_id, 0) as coach_key ";
    }

    /** Groups per work unit and coach with subtotals (see the class comment). */
    public static String groupByUnitAndCoach() {
        return " group by d.work_unit_id, coalesce(c.coach_id, 0) with rollup ";
    }

    /** The group key of a row selected with {@link #groupColumns()}. */
    public static GroupKey key(java.sql.ResultSet rs) throws java.sql.SQLException {
        long unit = rs.getLong("unit_id");
        boolean unitNull = rs.wasNull();
        long coach = rs.getLong("coach_key");
        boolean coachNull = rs.wasNull();
        return new GroupKey(unitNull ? null : unit, unitNull || coachNull ? null : coach);
    }

    /** Parameters {@code units}, {@code coach}, {@code from}, {@code to}, {@code asOf}. */
    public MapSqlParameterSource params() {
        return new MapSqlParameterSource("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds))
                .addValue("coach", coachId).addValue("from", from).addValue("to", to).addValue("asOf", asOf)
                // the same range for timestamp columns (stored in UTC): Helsinki midnight to the next day's
                .addValue("fromTs", from.atStartOfDay(HELSINKI).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime())
                .addValue("toTs", to.plusDays(1).atStartOfDay(HELSINKI).withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime());
    }

    private static final ZoneId HELSINKI = Time.zone();

    @Override
    public String toString() {
        return "units " + unitIds.size() + (coachId == null ? "" : ", coach " + coachId) + ", " + from + " – " + to;
    }
}
