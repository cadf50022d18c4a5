package lu.mixvoip.billing.core.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.time.KnownHolidays;

/**
 * Seeded random checks of fh(a, b) against the definition itself, minute by minute (billing-rules §15), with the
 * hand-written holiday list of the time tests: instants anywhere in 2024-2028 and often next to a clock change, any
 * seconds, spans from nothing to six weeks, and random service levels, often with a window edge in 01:00-04:00.
 */
class FaultHandlingClockPropertyTest {

    private static final long SEED = 20261115L;
    private static final int RUNS = 1500;
    private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    /** The clock changes in the oracle's years: 01:00 UTC on the last Sundays of March and October. */
    private static final List<Instant> CLOCK_CHANGES = new ArrayList<>();

    static {
        for (int year = KnownHolidays.FIRST_YEAR; year <= KnownHolidays.LAST_YEAR; year++) {
            CLOCK_CHANGES.add(lastSunday(year, 3).atTime(1, 0).toInstant(ZoneOffset.UTC));
            CLOCK_CHANGES.add(lastSunday(year, 10).atTime(1, 0).toInstant(ZoneOffset.UTC));
        }
    }

    private static LocalDate lastSunday(int year, int month) {
        LocalDate day = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The definition, walked minute by minute; a public holiday counts as a Sunday. */
    static long oracle(FaultHandlingDays days, LocalTime from, LocalTime to, Instant a, Instant b) {
        long start = Math.floorDiv(a.getEpochSecond(), 60);
        long end = Math.floorDiv(b.getEpochSecond(), 60);
        long count = 0;
        for (long minute = start; minute < end; minute++) {
            ZonedDateTime wall = Instant.ofEpochSecond(minute * 60).atZone(LUXEMBOURG);
            LocalDate day = wall.toLocalDate();
            DayOfWeek weekday = KnownHolidays.ALL.contains(day) ? DayOfWeek.SUNDAY : day.getDayOfWeek();
            boolean onDay = switch (days) {
                case MON_FRI -> weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
                case MON_SAT -> weekday != DayOfWeek.SUNDAY;
                case MON_SUN -> true;
            };
            LocalTime time = wall.toLocalTime();
            if (onDay && !time.isBefore(from) && time.isBefore(to)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void matchesTheMinuteByMinuteDefinition() {
        Random rnd = new Random(SEED);
        long first = LocalDateTime.of(KnownHolidays.FIRST_YEAR, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long last = LocalDateTime.of(KnownHolidays.LAST_YEAR, 11, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        int nonZero = 0;
        for (int run = 0; run < RUNS; run++) {
            Instant a = switch (rnd.nextInt(3)) {
                case 0 -> CLOCK_CHANGES.get(rnd.nextInt(CLOCK_CHANGES.size()))
                        .plusSeconds(rnd.nextInt(4 * 86_400) - 2 * 86_400);
                default -> Instant.ofEpochSecond(first + (long) (rnd.nextDouble() * (last - first)));
            };
            long spanSeconds = switch (rnd.nextInt(6)) {
                case 0 -> rnd.nextInt(3 * 3600);                  // within hours
                case 1 -> -rnd.nextInt(3600);                     // b before a
                case 2 -> 42L * 86_400 * rnd.nextInt(1000) / 1000; // up to six weeks
                default -> rnd.nextInt(5 * 86_400);               // a few days
            };
            Instant b = a.plusSeconds(spanSeconds);
            FaultHandlingDays days = FaultHandlingDays.values()[rnd.nextInt(3)];
            LocalTime from;
            LocalTime to;
            if (rnd.nextBoolean()) { // edges next to the clock changes
                from = LocalTime.of(1, 0).plusMinutes(rnd.nextInt(180));
                to = from.plusMinutes(1 + rnd.nextInt((int) java.time.Duration.between(from, LocalTime.of(4, 0))
                        .toMinutes()));
            } else {
                int f = rnd.nextInt(24 * 60 - 1);
                from = LocalTime.MIDNIGHT.plusMinutes(f);
                to = LocalTime.MIDNIGHT.plusMinutes(f + 1 + rnd.nextInt(24 * 60 - 1 - f));
            }
            ServiceLevel level = new ServiceLevel(days, from, to, 1, 1);

            long expected = oracle(days, from, to, a, b);
            String label = "run " + run + ": " + days + " " + from + "-" + to + " from " + a + " to " + b;
            assertThat(level.faultHandlingMinutes(a, b)).as(label).isEqualTo(expected);
            if (expected > 0) {
                nonZero++;
            }
        }
        assertThat(nonZero).as("most runs count something").isGreaterThan(RUNS / 2);
    }
}
