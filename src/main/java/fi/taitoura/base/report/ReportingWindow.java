package fi.taitoura.base.report;

import java.time.LocalDate;

/** One fixed reporting window: consecutive calendar months, first and last day inclusive. */
public record ReportingWindow(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** e.g. "1–6/2026" or "7–12/2026"; a single month "3/2026"; a whole year "2026". */
    public String label() {
        if (from.getMonthValue() == 1 && to.getMonthValue() == 12) {
            return String.valueOf(from.getYear());
        }
        if (from.getMonthValue() == to.getMonthValue()) {
            return from.getMonthValue() + "/" + from.getYear();
        }
        return from.getMonthValue() + "–" + to.getMonthValue() + "/" + from.getYear();
    }
}
