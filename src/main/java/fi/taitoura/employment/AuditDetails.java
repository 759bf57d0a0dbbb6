package fi.taitoura.employment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Audit details without personal data: the names of the fields that changed (never their values), kinds and ids.
 */
final class AuditDetails {

    private AuditDetails() {
    }

    /** "fields: a, b" for the keys whose values differ; "no changes" when none. */
    static String changed(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> keys = new LinkedHashMap<>(before);
        keys.putAll(after);
        List<String> names = new ArrayList<>();
        for (String key : keys.keySet()) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                names.add(key);
            }
        }
        return names.isEmpty() ? "no changes" : "fields: " + String.join(", ", names);
    }

    /** "fields: a, b" for the keys with a value. */
    static String filled(Map<String, ?> values) {
        return changed(Map.of(), values);
    }
}
