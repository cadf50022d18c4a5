package lu.mixvoip.billing.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

import lu.mixvoip.billing.core.tariff.BillingIncrement;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * The time an intervention bills: actual real minutes, billed minutes after the mode's increment, and the billed
 * interval {@code [start, start + billed)} cut into pieces wherever the local date or the time class changes.
 */
public record BillableTime(long actualMinutes, long billedMinutes, List<TimePiece> pieces) {

    public BillableTime {
        pieces = List.copyOf(pieces);
    }

    public static long actualMinutes(ZonedDateTime start, ZonedDateTime end) {
        return Duration.between(start.toInstant(), end.toInstant()).toMinutes();
    }

    public static BillableTime of(ZonedDateTime start, ZonedDateTime end, BillingIncrement increment,
                                  TimeClassifier classifier) {
        long actual = actualMinutes(start, end);
        long billed = increment.billedMinutes(actual);
        return new BillableTime(actual, billed, split(start, billed, classifier));
    }

    static List<TimePiece> split(ZonedDateTime start, long billedMinutes, TimeClassifier classifier) {
        List<TimePiece> pieces = new ArrayList<>();
        Instant cursor = start.toInstant();
        Instant end = cursor.plus(Duration.ofMinutes(billedMinutes));
        TimePiece open = null;
        while (cursor.isBefore(end)) {
            ZonedDateTime local = cursor.atZone(start.getZone());
            LocalDateTime wallClock = local.toLocalDateTime();
            TimeClass timeClass = classifier.classOf(wallClock);
            LocalDate date = wallClock.toLocalDate();
            Instant segmentEnd = min(end, nextChange(local, classifier));
            long minutes = Duration.between(cursor, segmentEnd).toMinutes();
            if (open != null && open.date().equals(date) && open.timeClass() == timeClass) {
                open = new TimePiece(open.start(), date, timeClass, open.minutes() + minutes);
            } else {
                if (open != null) {
                    pieces.add(open);
                }
                open = new TimePiece(local, date, timeClass, minutes);
            }
            cursor = segmentEnd;
        }
        if (open != null) {
            pieces.add(open);
        }
        return pieces;
    }

    /** Next instant where the wall-clock class or date may change: a class boundary or a clock change. */
    private static Instant nextChange(ZonedDateTime local, TimeClassifier classifier) {
        // Prefer the current offset so that a boundary inside the autumn overlap is the one still ahead of us.
        Instant boundary = ZonedDateTime.ofLocal(classifier.nextBoundary(local.toLocalDateTime()), local.getZone(),
                local.getOffset()).toInstant();
        if (!boundary.isAfter(local.toInstant())) {
            boundary = local.toInstant().plus(Duration.ofMinutes(1));
        }
        ZoneOffsetTransition transition = local.getZone().getRules().nextTransition(local.toInstant());
        if (transition != null && transition.getInstant().isBefore(boundary)) {
            boundary = transition.getInstant();
        }
        return boundary;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
