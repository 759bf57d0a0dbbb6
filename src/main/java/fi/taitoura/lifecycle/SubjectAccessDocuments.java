package fi.taitoura.lifecycle;

import fi.taitoura.base.time.Time;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.pdf.PdfReport;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject-access export in two forms of the same content: JSON for machines (every section, list and field, values
 * as ISO text) and a PDF for the person (the same, section by section, with a short explanation).
 */
@Component
public class SubjectAccessDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
            .withZone(Time.zone());

    private final TranslationProvider translations;

    SubjectAccessDocuments(TranslationProvider translations) {
        this.translations = translations;
    }

    public byte[] json(SubjectAccessExport export) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "taitoura-subject-access/1");
        root.put("traineeId", export.traineeId());
        root.put("createdAt", export.createdAt().toString());
        Map<String, Object> sections = new LinkedHashMap<>();
        export.sections().forEach((name, lists) -> {
            Map<String, Object> section = new LinkedHashMap<>();
            lists.forEach((list, rows) -> section.put(list, rows.stream().map(SubjectAccessDocuments::plain)
                    .toList()));
            sections.put(name, section);
        });
        root.put("sections", sections);
        return JSON.writeValueAsBytes(root);
    }

    public byte[] pdf(SubjectAccessExport export, Locale locale) {
        String title = translations.getTranslation("retention.export.title", locale);
        PdfReport pdf = PdfReport.a4(title, "").pageLabel(PdfReport.defaultPageLabel(locale));
        pdf.title(title);
        pdf.subtitle(translations.getTranslation("retention.export.subtitle", locale, export.traineeId(),
                TIME.format(export.createdAt())));
        pdf.paragraph(translations.getTranslation("retention.export.intro", locale));
        export.sections().forEach((name, lists) -> {
            pdf.heading(label("retention.section." + name, name, locale));
            if (lists.values().stream().allMatch(List::isEmpty)) {
                pdf.note(translations.getTranslation("retention.export.nothing", locale));
            }
            lists.forEach((list, rows) -> {
                if (rows.isEmpty()) {
                    return;
                }
                pdf.subheading(label("retention.list." + list, list, locale) + " (" + rows.size() + ")");
                for (Map<String, Object> row : rows) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    plain(row).forEach((k, v) -> fields.put(k, v == null ? "" : String.valueOf(v)));
                    pdf.fields(fields);
                }
            });
        });
        return pdf.finish();
    }

    private String label(String key, String fallback, Locale locale) {
        return translations.hasKey(key) ? translations.getTranslation(key, locale) : fallback;
    }

    /** Dates, times and numbers as ISO text, so both forms show the same values. */
    static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k, switch (v) {
            case null -> null;
            case java.sql.Timestamp t -> t.toInstant().toString();
            case java.sql.Date d -> d.toLocalDate().toString();
            case java.time.temporal.TemporalAccessor t -> t.toString();
            case Number n -> n;
            case Boolean b -> b;
            case byte[] bytes -> "(" + bytes.length + " bytes)";
            default -> String.valueOf(v);
        }));
        return m;
    }
}
