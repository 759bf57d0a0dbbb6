package fi.taitoura.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code details} of an audit entry: codes only, as {@code key=value} pairs joined with {@code ;}, e.g.
 * {@code fields=phone,address}, {@code what=pdf;lang=fi}, {@code period=12}. Keys are letters; values are letters,
 * digits and {@code _ . , : -} (no spaces), so free text such as a name, a reason or a note cannot be written: the
 * audit service refuses details that break this form. The audit view shows each key and code in the reader's
 * language ({@code audit.detail.<key>}, {@code audit.what.<code>}, {@code audit.field.<name>}).
 */
public final class AuditDetails {

    static final Pattern FORM = Pattern.compile(
            "[a-zA-Z]+=[A-Za-z0-9_.,:-]*(;[a-zA-Z]+=[A-Za-z0-9_.,:-]*)*");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.,:-]*");
    static final int MAX_LENGTH = 2000;

    private AuditDetails() {
    }

    /** Pairs from alternating keys and values; null values are left out. */
    public static String of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value == null) {
                continue;
            }
            String v = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            if (value instanceof Collection<?> c) {
                v = String.join(",", c.stream().map(String::valueOf).toList());
            }
            parts.add(keysAndValues[i] + "=" + v);
        }
        String s = String.join(";", parts);
        check(s);
        return s.isEmpty() ? null : s;
    }

    /** {@code what=<code>}: what kind of read or change, e.g. {@code pdf}, {@code withdrawn}. */
    public static String what(String code) {
        return of("what", code);
    }

    /**
     * The names of the fields whose values differ, {@code fields=a,b}: never the values themselves. Null when nothing
     * changed. For a new record (empty {@code before}) the fields that were given a value.
     */
    public static String changedFields(Map<String, ?> before, Map<String, ?> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(key);
            }
        }
        return changed.isEmpty() ? null : of("fields", changed);
    }

    /** Fails unless the text is in the code-only form (null and empty pass). */
    static void check(String details) {
        if (details == null || details.isEmpty()) {
            return;
        }
        if (details.length() > MAX_LENGTH || !FORM.matcher(details).matches()) {
            throw new IllegalArgumentException("Audit details must be key=value codes (ids and kinds only, no "
                    + "personal data or free text), e.g. fields=phone,address; got a text of " + details.length()
                    + " characters");
        }
    }

    /** The pairs of a details text, in order (for display). */
    public static Map<String, String> parse(String details) {
        Map<String, String> m = new LinkedHashMap<>();
        if (details == null || details.isBlank()) {
            return m;
        }
        for (String part : details.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), part.substring(eq + 1));
            } else {
                m.put("text", part);
            }
        }
        return m;
    }

    static boolean isCode(String value) {
        return value != null && VALUE.matcher(value).matches();
    }

    /** True when the value may be written as a code (letters, digits, {@code _.,:-}, at most 64 characters). */
    public static boolean isCodeValue(String value) {
        return isCode(value) && value.length() <= 64;
    }
}
