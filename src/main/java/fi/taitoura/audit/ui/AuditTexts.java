package fi.taitoura.audit.ui;

import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditEntry;
import fi.taitoura.audit.AuditSubject;
import fi.taitoura.base.i18n.TranslationProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An audit entry in the reader's language: the record type ({@code audit.entity.<Type>}), each detail code
 * ({@code audit.detail.<key>} with {@code audit.what.<code>}, {@code audit.field.<name>},
 * {@code audit.reason.<code>}). A code without a translation is shown as it is (it is a code, never personal data).
 */
final class AuditTexts {

    private final TranslationProvider translations;
    private final Locale locale;

    AuditTexts(TranslationProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    String entityType(String type) {
        String key = "audit.entity." + type;
        return translations.hasKey(key) ? translations.getTranslation(key, locale) : type;
    }

    String record(AuditEntry e) {
        return entityType(e.getEntityType()) + (e.getEntityId() == null ? "" : " #" + e.getEntityId());
    }

    String trainees(AuditEntry e) {
        if (e.getTraineeId() != null) {
            return "#" + e.getTraineeId();
        }
        List<AuditSubject> shown = new ArrayList<>(e.getShown());
        if (shown.isEmpty()) {
            return "";
        }
        String ids = shown.stream().limit(5).map(s -> "#" + s.getTraineeId()).collect(Collectors.joining(", "));
        return shown.size() > 5 ? ids + " … (" + shown.size() + ")" : ids;
    }

    String details(String details) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> pair : AuditDetails.parse(details).entrySet()) {
            String value = switch (pair.getKey()) {
                case "what" -> code("audit.what.", pair.getValue());
                case "reason" -> code("audit.reason.", pair.getValue());
                case "fields", "filter" -> Arrays.stream(pair.getValue().split(","))
                        .map(f -> code("audit.field.", f)).collect(Collectors.joining(", "));
                case "active", "shown", "correction", "changed" -> translations.getTranslation(
                        Boolean.parseBoolean(pair.getValue()) ? "common.yes" : "common.no", locale);
                default -> pair.getValue();
            };
            String key = "audit.detail." + pair.getKey();
            parts.add(translations.hasKey(key) ? translations.getTranslation(key, locale, value)
                    : pair.getKey() + ": " + value);
        }
        return String.join("; ", parts);
    }

    private String code(String prefix, String code) {
        return translations.hasKey(prefix + code) ? translations.getTranslation(prefix + code, locale) : code;
    }
}
