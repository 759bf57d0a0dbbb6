package fi.taitoura.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Dates as people in Finland write them, and date pickers in the user's language. */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String range(LocalDate from, LocalDate to) {
        return date(from) + "–" + date(to);
    }

    /** Month and weekday names, today/cancel and d.M.yyyy format in the picker's locale; weeks start on Monday. */
    public static DatePicker localize(DatePicker picker, Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> capitalize(m.getDisplayName(TextStyle.FULL_STANDALONE,
                locale))).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("common.today"));
        i18n.setCancel(picker.getTranslation("common.cancel"));
        i18n.setDateFormat("d.M.yyyy");
        // a date typed wrong or out of range is said next to the field in the user's language (the tour)
        i18n.setBadInputErrorMessage(picker.getTranslation("validation.date.badInput"));
        i18n.setRequiredErrorMessage(picker.getTranslation("validation.required"));
        i18n.setMinErrorMessage(picker.getTranslation("validation.date.min"));
        i18n.setMaxErrorMessage(picker.getTranslation("validation.date.max"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }

    /** A date picker with a label, localised to the current UI's language. */
    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        return localize(picker, com.vaadin.flow.component.UI.getCurrent() == null ? Locale.of("fi")
                : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
