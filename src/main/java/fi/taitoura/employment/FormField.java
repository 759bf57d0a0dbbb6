package fi.taitoura.employment;

/**
 * One free-text field of a form. Labels are translated under {@code employment.form.<KIND>.<key>} (and an optional
 * help text under {@code ...<key>.help}); the value is stored as a row of {@code employment_form_text}.
 *
 * @param key       stable key of the field (stored; never rename a key that has data)
 * @param multiline a text area rather than a one-line field
 * @param maxLength the longest value accepted
 * @param required  the form cannot be saved without it
 */
public record FormField(String key, boolean multiline, int maxLength, boolean required) {

    static FormField line(String key) {
        return new FormField(key, false, 200, false);
    }

    static FormField text(String key) {
        return new FormField(key, true, 4000, false);
    }

    static FormField requiredText(String key) {
        return new FormField(key, true, 4000, true);
    }
}
