package fi.taitoura.demonstration;

import fi.taitoura.catalogue.CriterionLevel;
import fi.taitoura.catalogue.LevelScale;
import java.util.List;

/**
 * Grades of a demonstration on the unit's scale, on one model: 0 is "not passed" (hylätty) on every scale; 1-5 on
 * {@link LevelScale#ONE_TO_FIVE} (criteria at T1, H3, K5), 1-3 on the old {@link LevelScale#ONE_TO_THREE} (T1, H2,
 * K3), and 1 "passed" (hyväksytty) on {@link LevelScale#PASS_FAIL}. Also the koodisto codes used in the export.
 */
public final class DemonstrationGrades {

    public static final int NOT_PASSED = 0;

    /** A koodisto reference (koodistoUri + koodiarvo). */
    public record Code(String koodistoUri, String value) {
    }

    private DemonstrationGrades() {
    }

    /** The grades one may give on the scale, best first, "not passed" last. */
    public static List<Integer> allowed(LevelScale scale) {
        return switch (scale) {
            case PASS_FAIL -> List.of(1, 0);
            case ONE_TO_THREE -> List.of(3, 2, 1, 0);
            case ONE_TO_FIVE -> List.of(5, 4, 3, 2, 1, 0);
        };
    }

    public static boolean isAllowed(LevelScale scale, Integer grade) {
        return grade != null && allowed(scale).contains(grade);
    }

    public static boolean passed(LevelScale scale, int grade) {
        return grade >= scale.minPassingGrade();
    }

    /** The criterion level that describes a passing grade, null for "not passed". */
    public static CriterionLevel levelOf(LevelScale scale, int grade) {
        return passed(scale, grade) ? scale.levelOf(grade) : null;
    }

    /** The level code printed with the grade where the criteria are written for it: T1, H3, K5 or T1, H2, K3. */
    public static String levelCode(LevelScale scale, int grade) {
        return switch (scale) {
            case PASS_FAIL -> "";
            case ONE_TO_THREE -> switch (grade) {
                case 1 -> "T1";
                case 2 -> "H2";
                case 3 -> "K3";
                default -> "";
            };
            case ONE_TO_FIVE -> switch (grade) {
                case 1 -> "T1";
                case 3 -> "H3";
                case 5 -> "K5";
                default -> "";
            };
        };
    }

    /** The grade as a code of the ePerusteet/Koski scale code list. */
    public static Code code(LevelScale scale, int grade) {
        return switch (scale) {
            case PASS_FAIL -> new Code("arviointiasteikkoammatillinenhyvaksyttyhylatty",
                    grade >= 1 ? "Hyväksytty" : "Hylätty");
            case ONE_TO_THREE -> new Code("arviointiasteikkoammatillinent1k3", String.valueOf(Math.max(0, grade)));
            case ONE_TO_FIVE -> new Code("arviointiasteikkoammatillinen15",
                    grade >= 1 ? String.valueOf(grade) : "Hylätty");
        };
    }
}
