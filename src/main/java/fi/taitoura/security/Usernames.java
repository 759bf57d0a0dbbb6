package fi.taitoura.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for user names: 3-64 characters of {@code a-z 0-9 . _ -}. Names are compared byte for byte (the
 * column has a binary collation), so {@code välmentaja} or full-width letters never reach the account
 * {@code valmentaja}; a typed name that breaks the rule is refused before the database is asked.
 */
public final class Usernames {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 64;
    public static final String REGEX = "^[a-z0-9._-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Usernames() {
    }

    /**
     * The typed name trimmed and lower-cased (ASCII letters only change), or empty when it is not a valid user
     * name. Long input is refused before it is copied.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_LENGTH + 16) {
            return Optional.empty();
        }
        String s = typed.strip().toLowerCase(Locale.ROOT);
        return PATTERN.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    public static boolean isValid(String name) {
        return name != null && PATTERN.matcher(name).matches();
    }
}
