package lu.mixvoip.billing.core.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * billing-rules §15's fault-handling clock fh(a, b) on hand-counted cases. Dates: 1 Nov 2026 is a Sunday (All
 * Saints); 14 May 2026 a Thursday (Ascension); 15 Aug 2026 a Saturday (Assumption); summer time starts on Sunday
 * 29 March 2026 (02:00 -> 03:00) and ends on Sunday 25 October 2026 (03:00 -> 02:00).
 */
class FaultHandlingClockTest {

    static final ServiceLevel STANDARD = level(FaultHandlingDays.MON_FRI, "08:00", "17:00", 12, 24);
    static final ServiceLevel OFFICE = level(FaultHandlingDays.MON_FRI, "07:30", "18:00", 8, 12);
    static final ServiceLevel ENTERPRISE = level(FaultHandlingDays.MON_SUN, "07:00", "19:00", 3, 6);

    static ServiceLevel level(FaultHandlingDays days, String from, String to, int response, int intervention) {
        return new ServiceLevel(days, LocalTime.parse(from), LocalTime.parse(to), response, intervention);
    }

    /** A Luxembourg wall-clock time that is neither skipped nor repeated. */
    static Instant local(String wallClock) {
        return LocalDateTime.parse(wallClock).atZone(ZoneId.of("Europe/Luxembourg")).toInstant();
    }

    static Instant offset(String withOffset) {
        return OffsetDateTime.parse(withOffset).toInstant();
    }

    static long fh(ServiceLevel level, String a, String b) {
        return level.faultHandlingMinutes(local(a), local(b));
    }

    @Test
    void theSpecsWorkedExample() {
        // ENTERPRISE: reported Fri 18:30, responded Sat 07:45 -> 30 + 45; first intervention Sat 12:00 -> 30 + 300
        assertThat(fh(ENTERPRISE, "2026-11-06T18:30", "2026-11-07T07:45")).isEqualTo(75);
        assertThat(fh(ENTERPRISE, "2026-11-06T18:30", "2026-11-07T12:00")).isEqualTo(330);
        // OFFICE: Fri 18:30 is after its window, and nothing runs before Mon 07:30
        assertThat(fh(OFFICE, "2026-11-06T18:30", "2026-11-07T07:45")).isZero();
        assertThat(fh(OFFICE, "2026-11-06T18:30", "2026-11-07T12:00")).isZero();
    }

    /** The managed-sla-2026-11 acceptance README's table, counted by hand there. */
    @ParameterizedTest(name = "{0}: {2} -> {3} = {4}")
    @CsvSource({
            "T-M01-1 response,     ENTERPRISE, 2026-11-02T18:30, 2026-11-03T07:45, 75",
            "T-M01-1 intervention, ENTERPRISE, 2026-11-02T18:30, 2026-11-03T10:00, 210",
            "T-M01-2 response,     ENTERPRISE, 2026-11-04T09:00, 2026-11-04T09:20, 20",
            "T-M01-2 intervention, ENTERPRISE, 2026-11-04T09:00, 2026-11-04T14:00, 300",
            "T-M02-1 response,     STANDARD,   2026-11-13T16:00, 2026-11-16T09:00, 120",
            "T-M02-1 intervention, STANDARD,   2026-11-13T16:00, 2026-11-17T09:00, 660",
            "T-M03-1 response,     STANDARD,   2026-11-07T09:30, 2026-12-01T00:00, 8640",
            "T-M03-1 intervention, STANDARD,   2026-11-07T09:30, 2026-11-07T10:00, 0",
            "T-M04-1 response,     ENTERPRISE, 2026-11-01T06:00, 2026-11-01T11:00, 240",
            "T-M04-1 intervention, ENTERPRISE, 2026-11-01T06:00, 2026-11-01T12:30, 330",
            "T-M05-1 both,         OFFICE,     2026-11-27T17:00, 2026-12-01T00:00, 690"})
    void theAcceptanceCasesTable(String what, String tier, String a, String b, long expected) {
        ServiceLevel level = switch (tier) {
            case "STANDARD" -> STANDARD;
            case "OFFICE" -> OFFICE;
            default -> ENTERPRISE; // MANAGED has ENTERPRISE's hours in the default card
        };
        assertThat(fh(level, a, b)).isEqualTo(expected);
    }

    @Test
    void aWeekendCountsOnlyOnTheDaysOfTheLevel() {
        // Fri 13 Nov 16:00 -> Mon 16 Nov 09:00, window 08:00-17:00
        assertThat(fh(STANDARD, "2026-11-13T16:00", "2026-11-16T09:00")).isEqualTo(60 + 60);
        assertThat(fh(level(FaultHandlingDays.MON_SAT, "08:00", "17:00", 1, 1), "2026-11-13T16:00",
                "2026-11-16T09:00")).isEqualTo(60 + 540 + 60);
        assertThat(fh(level(FaultHandlingDays.MON_SUN, "08:00", "17:00", 1, 1), "2026-11-13T16:00",
                "2026-11-16T09:00")).isEqualTo(60 + 540 + 540 + 60);
    }

    @Test
    void aPublicHolidayCountsAsASunday() {
        // Wed 13 May 16:00 -> Fri 15 May 09:00 over Ascension (Thu 14 May)
        assertThat(fh(STANDARD, "2026-05-13T16:00", "2026-05-15T09:00")).isEqualTo(60 + 60);
        assertThat(fh(level(FaultHandlingDays.MON_SAT, "08:00", "17:00", 1, 1), "2026-05-13T16:00",
                "2026-05-15T09:00")).isEqualTo(60 + 60);
        assertThat(fh(level(FaultHandlingDays.MON_SUN, "08:00", "17:00", 1, 1), "2026-05-13T16:00",
                "2026-05-15T09:00")).isEqualTo(60 + 540 + 60);
        // a holiday on a Saturday (15 Aug 2026) is no MON-SAT day; the next Saturday is
        ServiceLevel monSat = level(FaultHandlingDays.MON_SAT, "08:00", "17:00", 1, 1);
        assertThat(fh(monSat, "2026-08-15T00:00", "2026-08-16T00:00")).isZero();
        assertThat(fh(monSat, "2026-08-22T00:00", "2026-08-23T00:00")).isEqualTo(540);
        assertThat(fh(ENTERPRISE, "2026-08-15T00:00", "2026-08-16T00:00")).isEqualTo(720);
    }

    @Test
    void theSpringChangeSkipsAnHourOfWallClock() {
        // Sun 29 March 2026: 01:00-02:00 exists, 02:00-03:00 does not, 03:00-04:00 does
        ServiceLevel night = level(FaultHandlingDays.MON_SUN, "01:00", "04:00", 1, 1);
        assertThat(fh(night, "2026-03-28T00:00", "2026-03-30T00:00")).isEqualTo(180 + 120);
        assertThat(fh(night, "2026-03-29T01:30", "2026-03-29T03:30")).isEqualTo(30 + 30); // 1 h of real time
        // a day window that does not reach the change is a whole window
        assertThat(fh(ENTERPRISE, "2026-03-29T00:00", "2026-03-30T00:00")).isEqualTo(720);
    }

    @Test
    void theAutumnChangeRepeatsAnHourOfWallClock() {
        // Sun 25 October 2026: 02:00-03:00 occurs twice (summer time, then winter time)
        ServiceLevel night = level(FaultHandlingDays.MON_SUN, "01:00", "04:00", 1, 1);
        assertThat(fh(night, "2026-10-24T00:00", "2026-10-26T00:00")).isEqualTo(180 + 240);
        assertThat(night.faultHandlingMinutes(offset("2026-10-25T02:30+02:00"), offset("2026-10-25T02:30+01:00")))
                .isEqualTo(60);
        assertThat(fh(ENTERPRISE, "2026-10-25T00:00", "2026-10-26T00:00")).isEqualTo(720);
    }

    @Test
    void aWindowInsideTheChangingHour() {
        ServiceLevel quarter = level(FaultHandlingDays.MON_SUN, "02:15", "02:45", 1, 1);
        assertThat(fh(quarter, "2026-03-28T00:00", "2026-03-29T00:00")).isEqualTo(30);     // an ordinary day
        assertThat(fh(quarter, "2026-03-29T00:00", "2026-03-30T00:00")).isZero();          // never on the clock
        assertThat(fh(quarter, "2026-10-25T00:00", "2026-10-26T00:00")).isEqualTo(60);     // on the clock twice
        // starting inside the repeated hour: its second pass (winter time), or both passes
        Instant nextDay = local("2026-10-26T00:00");
        assertThat(quarter.faultHandlingMinutes(offset("2026-10-25T02:20+01:00"), nextDay)).isEqualTo(25);
        assertThat(quarter.faultHandlingMinutes(offset("2026-10-25T02:20+02:00"), nextDay)).isEqualTo(25 + 30);
        // a whole year of it: 363 ordinary days, none on 29 March, two passes on 25 October
        assertThat(fh(quarter, "2026-01-01T00:00", "2027-01-01T00:00")).isEqualTo(363 * 30 + 60);
    }

    @Test
    void aTicketOpenForTheWholeMonth() {
        // November 2026: 21 weekdays, none a holiday (All Saints is the Sunday)
        assertThat(fh(STANDARD, "2026-11-01T00:00", "2026-12-01T00:00")).isEqualTo(21 * 540);
        assertThat(fh(ENTERPRISE, "2026-11-01T00:00", "2026-12-01T00:00")).isEqualTo(30 * 720);
        // October 2026, with the autumn change: 22 weekdays x 630 for OFFICE, 31 x 720 for ENTERPRISE
        assertThat(fh(OFFICE, "2026-10-01T00:00", "2026-11-01T00:00")).isEqualTo(22 * 630);
        assertThat(fh(ENTERPRISE, "2026-10-01T00:00", "2026-11-01T00:00")).isEqualTo(31 * 720);
    }

    @Test
    void aWholeYearIsCountedDayByDay() {
        // 2026: 365 days; 261 weekdays of which 7 are holidays (1 Jan, 6 Apr, 1 May, 14 May, 25 May, 23 Jun, 25 Dec)
        assertThat(fh(ENTERPRISE, "2026-01-01T00:00", "2027-01-01T00:00")).isEqualTo(365 * 720);
        assertThat(fh(STANDARD, "2026-01-01T00:00", "2027-01-01T00:00")).isEqualTo((261 - 7) * 540);
    }

    @Test
    void secondsAreDroppedAndAnEmptyIntervalIsZero() {
        Instant a = local("2026-11-02T08:00").plusSeconds(59);
        Instant b = local("2026-11-02T08:10").plusSeconds(59);
        assertThat(STANDARD.faultHandlingMinutes(a, b)).isEqualTo(10);
        assertThat(STANDARD.faultHandlingMinutes(a, a)).isZero();
        assertThat(STANDARD.faultHandlingMinutes(b, a)).isZero();
        assertThat(STANDARD.faultHandlingMinutes(a, local("2026-11-02T08:01"))).isEqualTo(1);
        // the window's bounds: at from counts, at to does not
        assertThat(fh(STANDARD, "2026-11-02T07:59", "2026-11-02T08:01")).isEqualTo(1);
        assertThat(fh(STANDARD, "2026-11-02T16:59", "2026-11-02T17:01")).isEqualTo(1);
    }

    @Test
    void limitsAreWholeHoursInMinutes() {
        assertThat(STANDARD.responseLimitMinutes()).isEqualTo(720);
        assertThat(STANDARD.interventionLimitMinutes()).isEqualTo(1440);
        assertThat(ENTERPRISE.responseLimitMinutes()).isEqualTo(180);
        assertThat(ENTERPRISE.interventionLimitMinutes()).isEqualTo(360);
    }

    @Test
    void aServiceLevelIsWellFormed() {
        assertThatThrownBy(() -> level(FaultHandlingDays.MON_FRI, "17:00", "08:00", 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level(FaultHandlingDays.MON_FRI, "08:00", "08:00", 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level(FaultHandlingDays.MON_FRI, "08:00", "17:00", 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level(FaultHandlingDays.MON_FRI, "08:00", "17:00", 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level(FaultHandlingDays.MON_FRI, "08:00:30", "17:00", 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysAreWrittenAsInTheTariff() {
        assertThat(FaultHandlingDays.ofLabel("MON-FRI")).contains(FaultHandlingDays.MON_FRI);
        assertThat(FaultHandlingDays.ofLabel("MON-SAT")).contains(FaultHandlingDays.MON_SAT);
        assertThat(FaultHandlingDays.ofLabel("MON-SUN")).contains(FaultHandlingDays.MON_SUN);
        assertThat(FaultHandlingDays.ofLabel("MON_FRI")).isEmpty();
        assertThat(FaultHandlingDays.ofLabel("mon-fri")).isEmpty();
        assertThat(FaultHandlingDays.ofLabel("TUE-FRI")).isEmpty();
    }
}
