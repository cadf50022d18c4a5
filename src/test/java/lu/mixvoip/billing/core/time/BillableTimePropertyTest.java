package lu.mixvoip.billing.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.tariff.BillingIncrement;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * Seeded random checks of §3 against a minute-by-minute oracle that uses its own hand-written holiday list:
 * billed >= actual, billed = max(minimum, multiple of increment), pieces = maximal runs of (local date, class).
 */
class BillableTimePropertyTest {

    private static final long SEED = 20261005L;
    private static final int RUNS = 6000;

    /** DST changes within the oracle's years (UTC instants at 01:00Z on the last Sundays of March and October). */
    private static final List<Instant> DST_CHANGES = new ArrayList<>();
    static {
        for (int year = KnownHolidays.FIRST_YEAR; year <= KnownHolidays.LAST_YEAR; year++) {
            DST_CHANGES.add(lastSunday(year, 3).atTime(1, 0).toInstant(java.time.ZoneOffset.UTC));
            DST_CHANGES.add(lastSunday(year, 10).atTime(1, 0).toInstant(java.time.ZoneOffset.UTC));
        }
    }

    private static LocalDate lastSunday(int year, int month) {
        LocalDate d = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        while (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    record Expected(LocalDate date, TimeClass timeClass, long minutes, Instant start) {
    }

    static TimeClass oracleClass(LocalDateTime wall, LocalTime from, LocalTime to) {
        LocalDate day = wall.toLocalDate();
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY || KnownHolidays.ALL.contains(day)) {
            return TimeClass.SUNDAY_HOLIDAY;
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return TimeClass.OFF_HOURS;
        }
        LocalTime t = wall.toLocalTime();
        return !t.isBefore(from) && t.isBefore(to) ? TimeClass.NORMAL : TimeClass.OFF_HOURS;
    }

    static List<Expected> oraclePieces(Instant start, long billed, LocalTime from, LocalTime to) {
        List<Expected> out = new ArrayList<>();
        for (long m = 0; m < billed; m++) {
            Instant minute = start.plus(Duration.ofMinutes(m));
            LocalDateTime wall = LocalDateTime.ofInstant(minute, LuxembourgCalendar.ZONE);
            TimeClass c = oracleClass(wall, from, to);
            Expected last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.date().equals(wall.toLocalDate()) && last.timeClass() == c) {
                out.set(out.size() - 1, new Expected(last.date(), c, last.minutes() + 1, last.start()));
            } else {
                out.add(new Expected(wall.toLocalDate(), c, 1, minute));
            }
        }
        return out;
    }

    /** A random start minute: anywhere, near a DST change, near local midnight or near a class boundary. */
    static Instant randomStart(Random rnd) {
        Instant lo = LocalDate.of(KnownHolidays.FIRST_YEAR, 1, 2).atStartOfDay(LuxembourgCalendar.ZONE).toInstant();
        Instant hi = LocalDate.of(KnownHolidays.LAST_YEAR, 12, 29).atStartOfDay(LuxembourgCalendar.ZONE).toInstant();
        switch (rnd.nextInt(4)) {
            case 0: {
                long minutes = Duration.between(lo, hi).toMinutes();
                return lo.plus(Duration.ofMinutes((long) (rnd.nextDouble() * minutes)));
            }
            case 1: {
                Instant change = DST_CHANGES.get(rnd.nextInt(DST_CHANGES.size()));
                return change.plus(Duration.ofMinutes(rnd.nextInt(26 * 60) - 25 * 60L));
            }
            case 2: {
                LocalDate day = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(3 * 365));
                return day.atStartOfDay(LuxembourgCalendar.ZONE).toInstant()
                        .plus(Duration.ofMinutes(rnd.nextInt(240) - 180L));
            }
            default: {
                LocalDate day = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(3 * 365));
                LocalTime around = rnd.nextBoolean() ? LocalTime.of(8, 0) : LocalTime.of(20, 0);
                return ZonedDateTime.of(day.atTime(around), LuxembourgCalendar.ZONE).toInstant()
                        .plus(Duration.ofMinutes(rnd.nextInt(120) - 90L));
            }
        }
    }

    @Test
    void randomInterventionsMatchTheMinuteOracle() {
        Random rnd = new Random(SEED);
        int multiPiece = 0;
        int dstCrossing = 0;
        for (int run = 0; run < RUNS; run++) {
            Instant startInstant = randomStart(rnd);
            long actual = 1 + (rnd.nextInt(10) == 0 ? rnd.nextInt(1440) : rnd.nextInt(300));
            BillingIncrement increment = switch (rnd.nextInt(4)) {
                case 0 -> new BillingIncrement(0, 15);
                case 1 -> new BillingIncrement(60, 15);
                case 2 -> new BillingIncrement(30, 10);
                default -> new BillingIncrement(rnd.nextInt(91), 1 + rnd.nextInt(60));
            };
            LocalTime from;
            LocalTime to;
            if (rnd.nextBoolean()) {
                from = LocalTime.of(8, 0);
                to = LocalTime.of(20, 0);
            } else {
                int a = rnd.nextInt(24 * 60 - 1);
                int b = a + 1 + rnd.nextInt(24 * 60 - 1 - a);
                from = LocalTime.MIN.plusMinutes(a);
                to = LocalTime.MIN.plusMinutes(b);
            }
            ZonedDateTime start = startInstant.atZone(LuxembourgCalendar.ZONE);
            ZonedDateTime end = startInstant.plus(Duration.ofMinutes(actual)).atZone(LuxembourgCalendar.ZONE);
            String label = "run " + run + ": " + start + " -> " + end + " " + increment + " normal " + from + "-" + to;

            BillableTime t = BillableTime.of(start, end, increment, new TimeClassifier(from, to));

            assertThat(t.actualMinutes()).as(label).isEqualTo(actual);
            assertThat(t.billedMinutes()).as(label).isGreaterThanOrEqualTo(actual);
            assertThat(t.billedMinutes()).as(label).isGreaterThanOrEqualTo(increment.minimumMinutes());
            boolean multiple = t.billedMinutes() % increment.incrementMinutes() == 0;
            assertThat(multiple || t.billedMinutes() == increment.minimumMinutes()).as(label).isTrue();
            // smallest such value: max(minimum, ceil(actual / inc) * inc)
            long ceil = (actual + increment.incrementMinutes() - 1) / increment.incrementMinutes()
                    * increment.incrementMinutes();
            assertThat(t.billedMinutes()).as(label).isEqualTo(Math.max(increment.minimumMinutes(), ceil));

            assertThat(t.pieces().stream().mapToLong(TimePiece::minutes).sum()).as(label).isEqualTo(t.billedMinutes());
            for (int i = 0; i < t.pieces().size(); i++) {
                TimePiece p = t.pieces().get(i);
                assertThat(p.minutes()).as(label).isPositive();
                assertThat(p.start().toLocalDate()).as(label).isEqualTo(p.date());
                if (i > 0) {
                    TimePiece prev = t.pieces().get(i - 1);
                    assertThat(prev.date().equals(p.date()) && prev.timeClass() == p.timeClass()).as(label).isFalse();
                    assertThat(p.start().toInstant())
                            .isEqualTo(prev.start().toInstant().plus(Duration.ofMinutes(prev.minutes())));
                }
            }

            List<Expected> expected = oraclePieces(startInstant, t.billedMinutes(), from, to);
            assertThat(t.pieces()).as(label).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                TimePiece p = t.pieces().get(i);
                Expected e = expected.get(i);
                assertThat(p.date()).as(label + " piece " + i).isEqualTo(e.date());
                assertThat(p.timeClass()).as(label + " piece " + i).isEqualTo(e.timeClass());
                assertThat(p.minutes()).as(label + " piece " + i).isEqualTo(e.minutes());
                assertThat(p.start().toInstant()).as(label + " piece " + i).isEqualTo(e.start());
            }
            if (expected.size() > 1) {
                multiPiece++;
            }
            Instant billedEnd = startInstant.plus(Duration.ofMinutes(t.billedMinutes()));
            if (DST_CHANGES.stream().anyMatch(c -> !c.isBefore(startInstant) && c.isBefore(billedEnd))) {
                dstCrossing++;
            }
        }
        // the generator really exercises the interesting cases
        assertThat(multiPiece).isGreaterThan(RUNS / 10);
        assertThat(dstCrossing).isGreaterThan(RUNS / 50);
    }

    @Test
    void localTimestampsAroundDstRoundTripThroughTheParser() {
        // every local minute of the two DST nights of 2026: parse -> earlier occurrence / pushed past the gap
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25))) {
            for (int m = 0; m < 6 * 60; m++) {
                LocalDateTime wall = day.atStartOfDay().plusMinutes(m);
                ZonedDateTime parsed = Timestamps.parse(wall.toString()).orElseThrow();
                Instant asWinter = wall.toInstant(java.time.ZoneOffset.ofHours(1));
                Instant asSummer = wall.toInstant(java.time.ZoneOffset.ofHours(2));
                Instant expected;
                if (day.getMonthValue() == 3) {
                    // before 02:00 winter time; 02:00-02:59 as if not moved yet (winter); from 03:00 summer
                    expected = wall.getHour() < 3 ? asWinter : asSummer;
                } else {
                    // before 03:00 summer time (02:xx: the earlier = summer); from 03:00 winter
                    expected = wall.getHour() < 3 ? asSummer : asWinter;
                }
                assertThat(parsed.toInstant()).as(wall.toString()).isEqualTo(expected);
            }
        }
    }
}
