package fi.taitoura.base.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fixed reporting windows of group reports on personal answers (the inclusion survey): consecutive,
 * non-overlapping blocks of calendar months (by default half-years, {@code taitoura.inclusion.window-months}: 3, 4, 6
 * or 12). A report covers exactly one window, never a free range, so that two overlapping ranges cannot be compared
 * to isolate one person's answers.
 */
@Component
public class ReportingWindows {

    private final int months;

    public ReportingWindows(@Value("${taitoura.inclusion.window-months:6}") int months) {
        if (12 % months != 0 || months < 3) {
            throw new IllegalArgumentException("taitoura.inclusion.window-months must be 3, 4, 6 or 12, not " + months);
        }
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The window the day falls in. */
    public ReportingWindow containing(LocalDate day) {
        int firstMonth = ((day.getMonthValue() - 1) / months) * months + 1;
        LocalDate from = LocalDate.of(day.getYear(), firstMonth, 1);
        return new ReportingWindow(from, from.plusMonths(months).minusDays(1));
    }

    /** The window containing {@code day} and the {@code count - 1} before it, newest first. */
    public List<ReportingWindow> recent(LocalDate day, int count) {
        List<ReportingWindow> list = new ArrayList<>();
        ReportingWindow w = containing(day);
        for (int i = 0; i < count; i++) {
            list.add(w);
            w = containing(w.from().minusDays(1));
        }
        return list;
    }

    /** True when the range is exactly one window. */
    public boolean isWindow(LocalDate from, LocalDate to) {
        return from != null && to != null && containing(from).equals(new ReportingWindow(from, to));
    }
}
