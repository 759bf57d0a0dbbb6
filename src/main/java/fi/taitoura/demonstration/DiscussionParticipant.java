package fi.taitoura.demonstration;

import java.util.Arrays;

/**
 * Who took part in the assessment discussion: koodisto ammatillisennaytonarviointikeskusteluunosallistuneet
 * ({@link #NO_DISCUSSION}, code 6, excludes the others).
 */
public enum DiscussionParticipant {
    TEACHER("1"), EMPLOYEE("2"), WORKPLACE_REPRESENTATIVE("3"), SELF_EMPLOYED("4"), STUDENT("5"), NO_DISCUSSION("6");

    public static final String KOODISTO = "ammatillisennaytonarviointikeskusteluunosallistuneet";

    private final String code;

    DiscussionParticipant(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DiscussionParticipant ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown code " + code));
    }
}
