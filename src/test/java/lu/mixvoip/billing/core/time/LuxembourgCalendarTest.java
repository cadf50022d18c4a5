package lu.mixvoip.billing.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** billing-rules §2: Luxembourg legal public holidays (Code du travail L.232-2). */
class LuxembourgCalendarTest {

    @ParameterizedTest(name = "Easter {0} = {1}")
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16",
            "2000,2000-04-23", "2008,2008-03-23", "2011,2011-04-24", "2019,2019-04-21", "2038,2038-04-25",
            "2285,2285-03-22", "1943,1943-04-25", "1818,1818-03-22"})
    void easterSunday(int year, LocalDate easter) {
        assertThat(LuxembourgCalendar.easterSunday(year)).isEqualTo(easter);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @ParameterizedTest(name = "{0} is a public holiday")
    @ValueSource(strings = {
            // 2026
            "2026-01-01", "2026-04-06" /* Easter Monday */, "2026-05-01", "2026-05-09" /* Europe Day */,
            "2026-05-14" /* Ascension */, "2026-05-25" /* Whit Monday */, "2026-06-23" /* National Day */,
            "2026-08-15", "2026-11-01", "2026-12-25", "2026-12-26",
            // 2025
            "2025-04-21", "2025-05-29", "2025-06-09", "2025-05-09",
            // 2027
            "2027-03-29", "2027-05-06", "2027-05-17",
            // 2024: Ascension falls on Europe Day
            "2024-04-01", "2024-05-09", "2024-05-20"})
    void holidays(LocalDate day) {
        assertThat(LuxembourgCalendar.isPublicHoliday(day)).isTrue();
        assertThat(LuxembourgCalendar.isSundayOrHoliday(day)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a public holiday")
    @ValueSource(strings = {
            "2026-04-03" /* Good Friday */, "2026-04-05" /* Easter Sunday is a Sunday, not a listed holiday */,
            "2026-12-24", "2026-12-31", "2026-04-07", "2026-05-13", "2026-05-15", "2026-05-26",
            "2026-06-22", "2026-06-24", "2026-11-02", "2026-10-05", "2025-04-18" /* Good Friday */,
            "2025-12-24", "2025-12-31", "2027-03-26" /* Good Friday */, "2027-12-24", "2027-12-31",
            "2026-07-14", "2026-11-11", "2026-05-08" /* 8 May is not a Luxembourg holiday */, "2026-01-06"})
    void notHolidays(LocalDate day) {
        assertThat(LuxembourgCalendar.isPublicHoliday(day)).isFalse();
    }

    @Test
    void sundaysCountWithHolidays() {
        assertThat(LuxembourgCalendar.isSundayOrHoliday(LocalDate.of(2026, 10, 11))).isTrue();   // Sunday
        assertThat(LuxembourgCalendar.isSundayOrHoliday(LocalDate.of(2026, 4, 5))).isTrue();     // Easter Sunday
        assertThat(LuxembourgCalendar.isSundayOrHoliday(LocalDate.of(2026, 10, 10))).isFalse();  // Saturday
        assertThat(LuxembourgCalendar.isSundayOrHoliday(LocalDate.of(2026, 10, 12))).isFalse();  // Monday
    }

    @Test
    void exactlyTheKnownHolidaysOverFiveYears() {
        for (LocalDate day = LocalDate.of(KnownHolidays.FIRST_YEAR, 1, 1);
             day.getYear() <= KnownHolidays.LAST_YEAR; day = day.plusDays(1)) {
            assertThat(LuxembourgCalendar.isPublicHoliday(day)).as(day.toString())
                    .isEqualTo(KnownHolidays.ALL.contains(day));
        }
        assertThat(KnownHolidays.ALL).hasSize(10 + 4 * 11); // 2024: Ascension and Europe Day coincide
    }

    @ParameterizedTest(name = "9 May {0} is a working day: Europe Day is a holiday from 2019 on")
    @ValueSource(ints = {2000, 2010, 2017, 2018})
    void europeDayNotBefore2019(int year) {
        LocalDate day = LocalDate.of(year, 5, 9);
        // 9 May 2002 and 2013 were Ascension Thursdays: still holidays, for that reason.
        assertThat(LuxembourgCalendar.isPublicHoliday(day)).isFalse();
    }

    /**
     * Every year from 2000 to 2100 against billing-rules §2 as written: the fixed days, 9 May from 2019, and the
     * movable feasts from an Easter worked out by Gauss's rule (an algorithm other than the calendar's).
     */
    @Test
    void everyYearFrom2000To2100FollowsTheRules() {
        for (int year = 2000; year <= 2100; year++) {
            java.util.Set<LocalDate> expected = new java.util.TreeSet<>();
            for (String monthDay : new String[] {"01-01", "05-01", "06-23", "08-15", "11-01", "12-25", "12-26"}) {
                expected.add(LocalDate.parse(year + "-" + monthDay));
            }
            if (year >= 2019) {
                expected.add(LocalDate.of(year, 5, 9));
            }
            LocalDate easter = gaussEaster(year);
            expected.add(easter.plusDays(1));
            expected.add(easter.plusDays(39));
            expected.add(easter.plusDays(50));
            java.util.Set<LocalDate> actual = new java.util.TreeSet<>();
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (LuxembourgCalendar.isPublicHoliday(day)) {
                    actual.add(day);
                }
            }
            assertThat(actual).as("holidays of " + year).isEqualTo(expected);
        }
    }

    /** Gauss's Easter rule for the Gregorian calendar, with the exceptions of 26 and 25 April. */
    private static LocalDate gaussEaster(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int k = year / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, 4, 18);
        }
        return LocalDate.of(year, 3, 22).plusDays(d + e);
    }
}
