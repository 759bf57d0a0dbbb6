package fi.taitoura.trainee;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ: birth date, century sign (+ 1800s; - Y X W V U
 * 1900s; A B C D E F 2000s), individual number 002-899 (900-999 temporary) and a check character.
 */
public final class PersonalIdentityCode {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{2})(\\d{2})(\\d{2})([-+A-FYXWVU])(\\d{3})([0-9A-Y])$");
    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private PersonalIdentityCode() {
    }

    /** Normalises (trims, upper case) and validates; empty when the code is not valid. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String code = input.trim().toUpperCase();
        Matcher m = FORMAT.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        int individual = Integer.parseInt(m.group(5));
        if (individual < 2) {
            return Optional.empty();
        }
        long number = Long.parseLong(m.group(1) + m.group(2) + m.group(3) + m.group(5));
        if (CHECK.charAt((int) (number % 31)) != m.group(6).charAt(0)) {
            return Optional.empty();
        }
        if (birthDate(code).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }

    /** The birth date the code encodes. */
    public static Optional<LocalDate> birthDate(String code) {
        Matcher m = FORMAT.matcher(code == null ? "" : code.trim().toUpperCase());
        if (!m.matches()) {
            return Optional.empty();
        }
        int century = switch (m.group(4).charAt(0)) {
            case '+' -> 1800;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> 1900;
        };
        try {
            return Optional.of(LocalDate.of(century + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Shown masked: the birth-date part and the century sign only, e.g. {@code 010190-****}. */
    public static String mask(String code) {
        if (code == null || code.length() < 7) {
            return "";
        }
        return code.substring(0, 7) + "****";
    }
}
