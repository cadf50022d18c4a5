package lu.mixvoip.billing.core.servicelevel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/** The days on which a service level's fault-handling hours run (billing-rules §15). */
public enum FaultHandlingDays {
    MON_FRI("MON-FRI", DayOfWeek.FRIDAY),
    MON_SAT("MON-SAT", DayOfWeek.SATURDAY),
    MON_SUN("MON-SUN", DayOfWeek.SUNDAY);

    private final String label;
    private final DayOfWeek last;

    FaultHandlingDays(String label, DayOfWeek last) {
        this.label = label;
        this.last = last;
    }

    /** As written in the tariff file: MON-FRI, MON-SAT, MON-SUN. */
    public String label() {
        return label;
    }

    /** The tariff file's spelling, exactly. */
    public static Optional<FaultHandlingDays> ofLabel(String label) {
        for (FaultHandlingDays days : values()) {
            if (days.label.equals(label)) {
                return Optional.of(days);
            }
        }
        return Optional.empty();
    }

    /** Whether a local date is a fault-handling day; a Luxembourg public holiday counts as a Sunday. */
    public boolean includes(LocalDate day) {
        DayOfWeek weekday = LuxembourgCalendar.isPublicHoliday(day) ? DayOfWeek.SUNDAY : day.getDayOfWeek();
        return weekday.compareTo(last) <= 0;
    }
}
