package lu.mixvoip.billing.core.time;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Luxembourg legal public holidays 2024-2028, written out by hand (Easter: 2024-03-31, 2025-04-20, 2026-04-05,
 * 2027-03-28, 2028-04-16), as an oracle independent of {@link LuxembourgCalendar}; public for the other packages'
 * oracles.
 */
public final class KnownHolidays {
    public static final int FIRST_YEAR = 2024;
    public static final int LAST_YEAR = 2028;

    public static final Set<LocalDate> ALL = new TreeSet<>();

    static {
        add(2024, "01-01", "04-01", "05-01", "05-09", /* Ascension 2024 = 05-09 too */ "05-20", "06-23", "08-15",
                "11-01", "12-25", "12-26");
        add(2025, "01-01", "04-21", "05-01", "05-09", "05-29", "06-09", "06-23", "08-15", "11-01", "12-25", "12-26");
        add(2026, "01-01", "04-06", "05-01", "05-09", "05-14", "05-25", "06-23", "08-15", "11-01", "12-25", "12-26");
        add(2027, "01-01", "03-29", "05-01", "05-06", "05-09", "05-17", "06-23", "08-15", "11-01", "12-25", "12-26");
        add(2028, "01-01", "04-17", "05-01", "05-09", "05-25", "06-05", "06-23", "08-15", "11-01", "12-25", "12-26");
    }

    private KnownHolidays() {
    }

    private static void add(int year, String... monthDays) {
        for (String md : monthDays) {
            ALL.add(LocalDate.parse(year + "-" + md));
        }
    }
}
