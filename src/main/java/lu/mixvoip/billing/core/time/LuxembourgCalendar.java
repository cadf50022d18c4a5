package lu.mixvoip.billing.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Set;

/** Luxembourg's clock and legal public holidays (Code du travail L.232-2). */
public final class LuxembourgCalendar {
    public static final ZoneId ZONE = ZoneId.of("Europe/Luxembourg");

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(6, 23),
            MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));
    /** Europe Day, 9 May: a legal public holiday from 2019 on (law of 2019), not before. */
    private static final MonthDay EUROPE_DAY = MonthDay.of(5, 9);
    private static final int EUROPE_DAY_SINCE = 2019;

    private LuxembourgCalendar() {
    }

    public static boolean isPublicHoliday(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        if (FIXED_HOLIDAYS.contains(monthDay)
                || monthDay.equals(EUROPE_DAY) && day.getYear() >= EUROPE_DAY_SINCE) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter.plusDays(1))      // Easter Monday
                || day.equals(easter.plusDays(39))  // Ascension
                || day.equals(easter.plusDays(50)); // Whit Monday
    }

    public static boolean isSundayOrHoliday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY || isPublicHoliday(day);
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
