package fi.taitoura.demonstration;

import java.util.Arrays;

/** Where the demonstration takes place: koodisto ammatillisennaytonsuorituspaikka. */
public enum DemonstrationPlace {
    WORKPLACE("1"), INSTITUTION("2"), WORKPLACE_AND_INSTITUTION("3");

    public static final String KOODISTO = "ammatillisennaytonsuorituspaikka";

    private final String code;

    DemonstrationPlace(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DemonstrationPlace ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst().orElse(WORKPLACE);
    }
}
