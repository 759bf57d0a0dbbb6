package fi.taitoura.demonstration;

import java.util.Arrays;

/** Who decided the assessment: koodisto ammatillisennaytonarvioinnistapaattaneet (code in {@link #code()}). */
public enum DecidedBy {
    TEACHER("1"), EMPLOYEE("2"), WORKPLACE_REPRESENTATIVE("3"), SELF_EMPLOYED("4"), OTHER_PROVIDER_REPRESENTATIVE("5");

    public static final String KOODISTO = "ammatillisennaytonarvioinnistapaattaneet";

    private final String code;

    DecidedBy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DecidedBy ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown code " + code));
    }
}
