package fi.taitoura.employment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.employment.EmploymentRecords.Warning;
import fi.taitoura.employment.Phase;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/** Small building blocks shared by the supported-employment views. */
final class Ui {

    static final String STYLES = "styles/employment.css";

    private Ui() {
    }

    /**
     * Runs a save; on success closes the dialog (if any), says "saved" and runs {@code after}. A failure the user
     * can act on (a rule, a stale edit) is shown and the dialog stays open with everything typed.
     */
    static <T> void save(Component context, Dialog dialog, Supplier<T> action, java.util.function.Consumer<T> after) {
        try {
            T result = action.get();
            if (dialog != null) {
                dialog.close();
            }
            Notifications.success(context.getTranslation("common.saved"));
            after.accept(result);
        } catch (RuntimeException ex) {
            if (!Notifications.saveFailed(context, ex)) {
                throw ex;
            }
        }
    }

    /** The current UI's language (Finnish outside a UI). */
    static Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.of("fi") : ui.getLocale();
    }

    static Dialog dialog(String title, String className) {
        Dialog d = new Dialog();
        d.setHeaderTitle(title);
        d.addClassName("employment-dialog");
        d.addClassName(className);
        d.setWidth("min(46rem, 100vw)");
        d.setMaxHeight("100vh");
        return d;
    }

    static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        return form;
    }

    static Button primary(String text, String id, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.PRIMARY);
        b.setId(id);
        return b;
    }

    static Button cancel(Dialog dialog) {
        return new Button(dialog.getTranslation("common.cancel"), e -> dialog.close());
    }

    static Button action(String text, VaadinIcon icon, String id, Runnable action) {
        Button b = new Button(text, icon.create(), e -> action.run());
        b.setId(id);
        b.addClassName("employment-action");
        return b;
    }

    static Span badge(String text, String kind) {
        Span s = new Span(text);
        s.addClassName("badge-" + kind);
        return s;
    }

    static Span phaseBadge(Phase phase, TranslationProvider translations, Locale locale) {
        Span s = new Span(phase.number() + " " + translations.enumLabel(phase, locale));
        s.addClassName("phase-badge");
        s.addClassName("phase-" + phase.number());
        return s;
    }

    static String warningText(Component c, Warning w) {
        return c.getTranslation("employment.warning." + w.kind(), w.days());
    }

    static TextArea area(String label, String id, int max) {
        TextArea a = new TextArea(label);
        a.setId(id);
        a.setMaxLength(max);
        a.setWidthFull();
        return a;
    }

    static TextField line(String label, String id, int max) {
        TextField t = new TextField(label);
        t.setId(id);
        t.setMaxLength(max);
        t.setWidthFull();
        return t;
    }

    static <E extends Enum<E>> Select<E> select(String label, String id, E[] values, TranslationProvider tr,
                                                Locale locale) {
        Select<E> s = new Select<>();
        s.setLabel(label);
        s.setId(id);
        s.setItems(values);
        s.setItemLabelGenerator(v -> v == null ? "" : tr.enumLabel(v, locale));
        return s;
    }

    static <E extends Enum<E>> ComboBox<E> combo(String label, String id, E[] values, TranslationProvider tr,
                                                 Locale locale) {
        ComboBox<E> c = new ComboBox<>(label);
        c.setId(id);
        c.setItems(values);
        c.setItemLabelGenerator(v -> tr.enumLabel(v, locale));
        return c;
    }

    static Select<String> languageSelect(Component c) {
        Select<String> language = new Select<>();
        language.setLabel(c.getTranslation("employment.pdf.language"));
        language.setItems("fi", "sv", "en");
        language.setItemLabelGenerator(l -> switch (l) {
            case "sv" -> "svenska";
            case "en" -> "English";
            default -> "suomi";
        });
        String ui = Ui.locale() == null ? "fi" : Ui.locale().getLanguage();
        language.setValue(ui.equals("sv") || ui.equals("en") ? ui : "fi");
        language.addClassName("pdf-language");
        return language;
    }

    static Div field(String label, String value) {
        Div row = new Div();
        row.addClassName("employment-field");
        Span l = new Span(label);
        l.addClassName("employment-field-label");
        Span v = new Span(value == null || value.isBlank() ? "–" : value);
        v.addClassName("employment-field-value");
        row.add(l, v);
        return row;
    }

    static String date(LocalDate d) {
        return Formats.date(d);
    }

    static String hours(java.math.BigDecimal h) {
        return h == null ? "" : h.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static java.math.BigDecimal toDecimal(Double d) {
        return d == null ? null : java.math.BigDecimal.valueOf(d);
    }
}
