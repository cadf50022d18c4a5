package lu.mixvoip.billing.core.servicelevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * A tier's service level in a tariff version (billing-rules §15): fault-handling hours {@code [from, to)} local time on
 * {@code days}, and the maximum response and intervention times counted in them, in whole hours.
 */
public record ServiceLevel(FaultHandlingDays days, LocalTime from, LocalTime to, int maxResponseHours,
                           int maxInterventionHours) {

    public ServiceLevel {
        Objects.requireNonNull(days, "days");
        if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
            throw new IllegalArgumentException("fault-handling hours are whole minutes, got " + from + " to " + to);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("fault-handling hours: from " + from + " must be before to " + to);
        }
        if (maxResponseHours <= 0 || maxInterventionHours <= 0) {
            throw new IllegalArgumentException("maximum response and intervention times are whole hours > 0, got "
                    + maxResponseHours + " and " + maxInterventionHours);
        }
    }

    public long responseLimitMinutes() {
        return 60L * maxResponseHours;
    }

    public long interventionLimitMinutes() {
        return 60L * maxInterventionHours;
    }

    public long faultHandlingMinutes(ZonedDateTime a, ZonedDateTime b) {
        return faultHandlingMinutes(a.toInstant(), b.toInstant());
    }

    /**
     * {@code fh(a, b)}: how many of the whole minutes {@code t = a, a + 1 min, ... < b} (seconds dropped from both)
     * have a Luxembourg wall-clock time on a fault-handling day and in {@code [from, to)}; 0 when b is not after a.
     * Exact across clock changes, and its cost grows with the days spanned, not the minutes: between two offset
     * changes local time runs at the pace of real time, so each such stretch is cut by day and each day's window
     * measured at once. A wall-clock time skipped in spring is never counted; one repeated in autumn counts twice.
     */
    public long faultHandlingMinutes(Instant a, Instant b) {
        Instant end = b.truncatedTo(ChronoUnit.MINUTES);
        ZoneRules rules = LuxembourgCalendar.ZONE.getRules();
        long minutes = 0;
        for (Instant cursor = a.truncatedTo(ChronoUnit.MINUTES); cursor.isBefore(end); ) {
            ZoneOffset offset = rules.getOffset(cursor);
            ZoneOffsetTransition next = rules.nextTransition(cursor); // strictly after cursor
            Instant stretchEnd = next == null || next.getInstant().isAfter(end) ? end : next.getInstant();
            minutes += inWindows(LocalDateTime.ofInstant(cursor, offset), LocalDateTime.ofInstant(stretchEnd, offset));
            cursor = stretchEnd;
        }
        return minutes;
    }

    /** Minutes of the local interval {@code [start, end)}, of one offset, inside the fault-handling windows. */
    private long inWindows(LocalDateTime start, LocalDateTime end) {
        long minutes = 0;
        for (LocalDate day = start.toLocalDate(); day.atStartOfDay().isBefore(end); day = day.plusDays(1)) {
            if (!days.includes(day)) {
                continue;
            }
            LocalDateTime open = later(start, day.atTime(from));
            LocalDateTime close = earlier(end, day.atTime(to));
            if (open.isBefore(close)) {
                minutes += Duration.between(open, close).toMinutes();
            }
        }
        return minutes;
    }

    private static LocalDateTime later(LocalDateTime x, LocalDateTime y) {
        return x.isAfter(y) ? x : y;
    }

    private static LocalDateTime earlier(LocalDateTime x, LocalDateTime y) {
        return x.isBefore(y) ? x : y;
    }
}
