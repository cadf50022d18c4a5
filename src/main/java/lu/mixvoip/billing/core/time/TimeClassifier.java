package lu.mixvoip.billing.core.time;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** Gives each local wall-clock minute its time class under a tariff version's normal hours. */
public record TimeClassifier(LocalTime normalFrom, LocalTime normalTo) {

    public static TimeClassifier of(TariffVersion version) {
        return new TimeClassifier(version.normalFrom(), version.normalTo());
    }

    public TimeClass classOf(LocalDateTime minute) {
        if (LuxembourgCalendar.isSundayOrHoliday(minute.toLocalDate())) {
            return TimeClass.SUNDAY_HOLIDAY;
        }
        LocalTime time = minute.toLocalTime();
        boolean saturday = minute.getDayOfWeek() == DayOfWeek.SATURDAY;
        if (saturday || time.isBefore(normalFrom) || !time.isBefore(normalTo)) {
            return TimeClass.OFF_HOURS;
        }
        return TimeClass.NORMAL;
    }

    /** The first local time after {@code minute} at which the class or the date may change. */
    LocalDateTime nextBoundary(LocalDateTime minute) {
        LocalTime time = minute.toLocalTime();
        if (time.isBefore(normalFrom)) {
            return minute.toLocalDate().atTime(normalFrom);
        }
        if (time.isBefore(normalTo)) {
            return minute.toLocalDate().atTime(normalTo);
        }
        return minute.toLocalDate().plusDays(1).atStartOfDay();
    }
}
