package fi.taitoura.capacity.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as the capacity views show them. */
final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private Format() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** A score with at most one decimal, e.g. "2,5" in Finnish; empty for null. */
    static String score(Double v, Locale locale) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        return f.format(v);
    }

    /** A mean with exactly one decimal, e.g. "3,0". */
    static String mean(Double v, Locale locale) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return f.format(v);
    }

    /** A change with its sign, e.g. "+1,5", "−0,5", "0". */
    static String change(Double v, Locale locale) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        double rounded = Math.round(v * 10) / 10.0;
        if (rounded == 0) {
            return "0";
        }
        return (rounded > 0 ? "+" : "\u2212") + score(Math.abs(rounded), locale);
    }
}
