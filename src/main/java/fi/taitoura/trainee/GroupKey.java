package fi.taitoura.trainee;

/**
 * A row of a report grouped per work unit and coach ({@link ReportFilter#groupByUnitAndCoach()}): a unit and a coach;
 * a unit's subtotal ({@code coachId} null); the grand total (both null). Coach 0 holds periods without a coach.
 */
public record GroupKey(Long unitId, Long coachId) {

    public static final GroupKey TOTAL = new GroupKey(null, null);

    public static GroupKey unit(Long unitId) {
        return new GroupKey(unitId, null);
    }

    public boolean isTotal() {
        return unitId == null;
    }

    public boolean isUnitTotal() {
        return unitId != null && coachId == null;
    }

    /** True for the row of periods that have no coach. */
    public boolean isWithoutCoach() {
        return coachId != null && coachId == 0L;
    }
}
