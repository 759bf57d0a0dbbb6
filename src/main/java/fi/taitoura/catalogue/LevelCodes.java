package fi.taitoura.catalogue;

/**
 * ePerusteet's assessment scales and level codes on Taitoura's one level model.
 * <table>
 * <caption>Scales</caption>
 * <tr><th>scale ({@code _arviointiAsteikko})</th><th>koodisto</th><th>level codes ({@code _osaamistaso})</th></tr>
 * <tr><td>1</td><td>arviointiasteikkoammatillinenhyvaksyttyhylatty</td><td>1 hyväksytty = PASS</td></tr>
 * <tr><td>2</td><td>arviointiasteikkoammatillinent1k3</td><td>2 T1, 3 H2, 4 K3</td></tr>
 * <tr><td>3</td><td>arviointiasteikkoammatillinen15</td><td>5 T1, 6 T2, 7 H3, 8 H4, 9 K5</td></tr>
 * </table>
 * Grades 2 and 4 on the 1-5 scale are described by the criteria of T1 and H3 ({@link LevelScale#levelOf}); the
 * source's level code is kept on each criterion, so that a generic set with all five levels is shown as such.
 */
public final class LevelCodes {

    private LevelCodes() {
    }

    /** The scale for an ePerusteet scale code, or null when the code is unknown. */
    public static LevelScale scaleOf(String scaleCode) {
        if (scaleCode == null) {
            return null;
        }
        return switch (scaleCode.trim()) {
            case "1" -> LevelScale.PASS_FAIL;
            case "2" -> LevelScale.ONE_TO_THREE;
            case "3" -> LevelScale.ONE_TO_FIVE;
            default -> null;
        };
    }

    /** The level of a level code on the given scale, or null when the code is not on that scale. */
    public static CriterionLevel levelOf(LevelScale scale, String levelCode) {
        if (scale == null || levelCode == null) {
            return null;
        }
        return switch (scale) {
            case PASS_FAIL -> "1".equals(levelCode) ? CriterionLevel.PASS : null;
            case ONE_TO_THREE -> switch (levelCode) {
                case "2" -> CriterionLevel.SATISFACTORY;
                case "3" -> CriterionLevel.GOOD;
                case "4" -> CriterionLevel.EXCELLENT;
                default -> null;
            };
            case ONE_TO_FIVE -> switch (levelCode) {
                case "5", "6" -> CriterionLevel.SATISFACTORY;
                case "7", "8" -> CriterionLevel.GOOD;
                case "9" -> CriterionLevel.EXCELLENT;
                default -> null;
            };
        };
    }

    /**
     * The level code ({@code osaamistaso} id) for a level given by its koodisto URI, e.g.
     * {@code arviointiasteikkoammatillinen15_3} is level code 7; null when the URI is not a known level.
     */
    public static String levelCodeOfUri(String uri) {
        if (uri == null) {
            return null;
        }
        int sep = uri.lastIndexOf('_');
        if (sep < 0) {
            return null;
        }
        String koodisto = uri.substring(0, sep);
        String value = uri.substring(sep + 1);
        return switch (koodisto) {
            case "arviointiasteikkoammatillinen15" -> value.matches("[1-5]") ? String.valueOf(4 + Integer.parseInt(value)) : null;
            case "arviointiasteikkoammatillinent1k3" -> value.matches("[1-3]") ? String.valueOf(1 + Integer.parseInt(value)) : null;
            case "arviointiasteikkoammatillinenhyvaksyttyhylatty" -> "hyvaksytty".equals(value) ? "1" : null;
            default -> null;
        };
    }

    /** The grade a criterion describes (1-5, 1-3, or 1 for pass), from its source level code where known. */
    public static int gradeOf(LevelScale scale, CriterionLevel level, String sourceCode) {
        if (scale == LevelScale.PASS_FAIL || level == CriterionLevel.PASS) {
            return 1;
        }
        if (sourceCode != null && sourceCode.matches("\\d")) {
            int code = Integer.parseInt(sourceCode);
            if (scale == LevelScale.ONE_TO_FIVE && code >= 5 && code <= 9) {
                return code - 4;
            }
            if (scale == LevelScale.ONE_TO_THREE && code >= 2 && code <= 4) {
                return code - 1;
            }
        }
        return switch (level) {
            case SATISFACTORY -> 1;
            case GOOD -> scale == LevelScale.ONE_TO_THREE ? 2 : 3;
            case EXCELLENT -> scale == LevelScale.ONE_TO_THREE ? 3 : 5;
            case PASS -> 1;
        };
    }
}
