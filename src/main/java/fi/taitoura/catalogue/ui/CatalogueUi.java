package fi.taitoura.catalogue.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.catalogue.CatalogueDto.QualificationSummary;
import fi.taitoura.catalogue.CatalogueHtml;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small pieces the catalogue views share: validity badges, safe HTML, credits, dates. */
final class CatalogueUi {

    static final ZoneId ZONE = Time.zone();

    private CatalogueUi() {
    }

    static LocalDate today() {
        return Time.today();
    }

    /** A badge: in force, in force until a date, not yet in force, or no longer in force. */
    static Span validityBadge(Component context, QualificationSummary q) {
        LocalDate today = today();
        Span badge = new Span();
        badge.addClassName("catalogue-badge");
        if (q.isExpiredOn(today)) {
            badge.setText(context.getTranslation("catalogue.validity.expired", date(context, q.lastDay())));
            badge.addClassName("expired");
        } else if (q.validFrom() != null && today.isBefore(q.validFrom())) {
            badge.setText(context.getTranslation("catalogue.validity.upcoming", date(context, q.validFrom())));
            badge.addClassName("upcoming");
        } else if (q.singleUnit() && q.validFrom() == null && q.lastDay() == null) {
            badge.setText(context.getTranslation("catalogue.validity.unknown"));
            badge.addClassName("unknown");
        } else if (q.lastDay() != null) {
            badge.setText(context.getTranslation("catalogue.validity.validUntil", date(context, q.lastDay())));
            badge.addClassName("valid");
        } else {
            badge.setText(context.getTranslation("catalogue.validity.valid"));
            badge.addClassName("valid");
        }
        return badge;
    }

    static String date(Component context, LocalDate date) {
        return date == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale(context)).format(date);
    }

    static String credits(Component context, BigDecimal credits) {
        if (credits == null) {
            return "";
        }
        return context.getTranslation("catalogue.credits", credits.stripTrailingZeros().toPlainString());
    }

    /** Source HTML, sanitised again (defence in depth) and shown as markup, never as tags. */
    static Component html(String html) {
        String clean = CatalogueHtml.sanitize(html);
        Html component = new Html("<div class=\"catalogue-html\">" + (clean == null ? "" : clean) + "</div>");
        return component;
    }

    /** The text in the user's language; marks a fallback to another language for screen readers and the eye. */
    static Component text(Component context, LocalizedText text) {
        Span span = new Span(text == null ? "" : text.in(locale(context)));
        if (text != null && !text.has(locale(context))) {
            span.getElement().setAttribute("lang", text.getFi() != null ? "fi" : "sv");
            span.addClassName("fallback-language");
        }
        return span;
    }

    static String in(Component context, LocalizedText text) {
        return text == null ? "" : text.in(locale(context));
    }

    static Div attribution(Component context, String diaryNumber) {
        Div div = new Div(new Span(context.getTranslation("catalogue.attribution", diaryNumber)));
        div.addClassName("catalogue-attribution");
        return div;
    }

    /** The user's language (the UI's locale, as Component#getLocale would give). */
    static Locale locale(Component context) {
        return context.getUI().map(UI::getLocale).orElseGet(() -> {
            UI ui = UI.getCurrent();
            return ui == null ? Locale.of("fi") : ui.getLocale();
        });
    }
}
