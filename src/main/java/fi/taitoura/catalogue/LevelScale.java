package fi.taitoura.catalogue;

/**
 * The grading scale of a unit, on one model whatever the source's scale code.
 * <ul>
 * <li>{@link #ONE_TO_FIVE}: vocational upper secondary units from 2018 on, grades 1-5, criteria written for
 * T1, H3 and K5 (ePerusteet scale "1"/arviointiasteikkoammatillinen15).</li>
 * <li>{@link #ONE_TO_THREE}: the older scale T1/H2/K3 (ePerusteet scale "2"/arviointiasteikkoammatillinent1k3).</li>
 * <li>{@link #PASS_FAIL}: further and specialist vocational qualifications (hyväksytty/hylätty).</li>
 * </ul>
 */
public enum LevelScale {
    ONE_TO_FIVE(1, 5), ONE_TO_THREE(1, 3), PASS_FAIL(0, 1);

    private final int min;
    private final int max;

    LevelScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** The lowest passing grade (1), or 1 for "pass" on the pass/fail scale. */
    public int minPassingGrade() {
        return this == PASS_FAIL ? 1 : min;
    }

    public int maxGrade() {
        return max;
    }

    /** The criterion level that describes the given grade on this scale. */
    public CriterionLevel levelOf(int grade) {
        return switch (this) {
            case PASS_FAIL -> CriterionLevel.PASS;
            case ONE_TO_THREE -> grade >= 3 ? CriterionLevel.EXCELLENT : grade == 2 ? CriterionLevel.GOOD
                    : CriterionLevel.SATISFACTORY;
            case ONE_TO_FIVE -> grade >= 5 ? CriterionLevel.EXCELLENT : grade >= 3 ? CriterionLevel.GOOD
                    : CriterionLevel.SATISFACTORY;
        };
    }
}
