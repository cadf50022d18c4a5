package lu.mixvoip.billing.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.tariff.BillingIncrement;
import lu.mixvoip.billing.core.tariff.DefaultTariffFixture;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** billing-rules §3: actual, billed and the split of [start, start + billed) into (date, class) pieces. */
class BillableTimeTest {

    private static final TariffVersion DEFAULT = DefaultTariffFixture.defaultVersion();
    private static final TariffVersion CUSTOM = DefaultTariffFixture.customV1();

    static ZonedDateTime at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), LuxembourgCalendar.ZONE);
    }

    private static BillableTime bill(String start, String end, Mode mode, TariffVersion version) {
        return BillableTime.of(at(start), at(end), version.increment(mode), TimeClassifier.of(version));
    }

    private static BillableTime bill(String start, String end, Mode mode) {
        return bill(start, end, mode, DEFAULT);
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    // ---- §3 worked examples (5 Oct 2026 is a Monday) -------------------------------------------------------

    @Test
    void remote31MinutesBills45Normal() {
        BillableTime t = bill("2026-10-05T09:10", "2026-10-05T09:41", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(31);
        assertThat(t.billedMinutes()).isEqualTo(45);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-05"), TimeClass.NORMAL, 45L));
        assertThat(t.pieces().get(0).start()).isEqualTo(at("2026-10-05T09:10"));
    }

    @Test
    void onsite15MinutesBillsTheFirstHour() {
        BillableTime t = bill("2026-10-05T09:10", "2026-10-05T09:25", Mode.ONSITE);
        assertThat(t.actualMinutes()).isEqualTo(15);
        assertThat(t.billedMinutes()).isEqualTo(60);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-05"), TimeClass.NORMAL, 60L));
    }

    @Test
    void onsite80MinutesBills90() {
        BillableTime t = bill("2026-10-05T14:00", "2026-10-05T15:20", Mode.ONSITE);
        assertThat(t.actualMinutes()).isEqualTo(80);
        assertThat(t.billedMinutes()).isEqualTo(90);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-05"), TimeClass.NORMAL, 90L));
    }

    @Test
    void onsiteAt1930BilledHourRunsInto20h() {
        BillableTime t = bill("2026-10-05T19:30", "2026-10-05T19:50", Mode.ONSITE);
        assertThat(t.actualMinutes()).isEqualTo(20);
        assertThat(t.billedMinutes()).isEqualTo(60);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-05"), TimeClass.NORMAL, 30L),
                        tuple(d("2026-10-05"), TimeClass.OFF_HOURS, 30L));
        assertThat(t.pieces().get(1).start()).isEqualTo(at("2026-10-05T20:00"));
    }

    @Test
    void fridayNightIntoSaturdayIsTwoOffHoursPieces() {
        BillableTime t = bill("2026-10-09T23:50", "2026-10-10T00:20", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(30);
        assertThat(t.billedMinutes()).isEqualTo(30);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-09"), TimeClass.OFF_HOURS, 10L),
                        tuple(d("2026-10-10"), TimeClass.OFF_HOURS, 20L));
        assertThat(t.pieces().get(1).start()).isEqualTo(at("2026-10-10T00:00"));
    }

    @Test
    void sunday7MinutesBills15() {
        BillableTime t = bill("2026-10-11T10:00", "2026-10-11T10:07", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(7);
        assertThat(t.billedMinutes()).isEqualTo(15);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-11"), TimeClass.SUNDAY_HOLIDAY, 15L));
    }

    // ---- acceptance README --------------------------------------------------------------------------------

    @Test
    void earlyMorningOnsiteSplitsAt8() {
        BillableTime t = bill("2026-10-12T07:40", "2026-10-12T09:00", Mode.ONSITE);
        assertThat(t.actualMinutes()).isEqualTo(80);
        assertThat(t.billedMinutes()).isEqualTo(90);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-12"), TimeClass.OFF_HOURS, 20L),
                        tuple(d("2026-10-12"), TimeClass.NORMAL, 70L));
    }

    @Test
    void autumnDstNightIsThreeRealHoursInOnePiece() {
        BillableTime t = bill("2026-10-25T01:30", "2026-10-25T03:30", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(180);
        assertThat(t.billedMinutes()).isEqualTo(180);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-25"), TimeClass.SUNDAY_HOLIDAY, 180L));
    }

    @Test
    void springDstNightIsOneRealHour() {
        BillableTime t = bill("2026-03-29T01:30", "2026-03-29T03:30", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(60);
        assertThat(t.billedMinutes()).isEqualTo(60);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-03-29"), TimeClass.SUNDAY_HOLIDAY, 60L));
    }

    @Test
    void saturdayNightIntoAllSaintsSunday() {
        BillableTime t = bill("2026-10-31T22:00", "2026-11-01T01:00", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(180);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-31"), TimeClass.OFF_HOURS, 120L),
                        tuple(d("2026-11-01"), TimeClass.SUNDAY_HOLIDAY, 60L));
    }

    // ---- more splits ----------------------------------------------------------------------------------------

    @Test
    void aDayLongInterventionHasOnePiecePerDateAndClassNeverMerged() {
        // Mon 06:00 -> Tue 06:00 : OFF 06-08, NORMAL 08-20, OFF 20-24 (same class as the first piece, not merged), OFF Tue
        BillableTime t = bill("2026-10-05T06:00", "2026-10-06T06:00", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(1440);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-05"), TimeClass.OFF_HOURS, 120L),
                        tuple(d("2026-10-05"), TimeClass.NORMAL, 720L),
                        tuple(d("2026-10-05"), TimeClass.OFF_HOURS, 240L),
                        tuple(d("2026-10-06"), TimeClass.OFF_HOURS, 360L));
    }

    @Test
    void weekdayHolidayIsOnePieceAllDay() {
        // Wed 13 May 2026 19:00 -> Thu 14 May (Ascension) 10:00 -> Fri 15 May 08:30
        BillableTime t = bill("2026-05-13T19:00", "2026-05-14T10:00", Mode.REMOTE);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-05-13"), TimeClass.NORMAL, 60L),
                        tuple(d("2026-05-13"), TimeClass.OFF_HOURS, 240L),
                        tuple(d("2026-05-14"), TimeClass.SUNDAY_HOLIDAY, 600L));
        BillableTime after = bill("2026-05-14T23:00", "2026-05-15T08:30", Mode.REMOTE);
        assertThat(after.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-05-14"), TimeClass.SUNDAY_HOLIDAY, 60L),
                        tuple(d("2026-05-15"), TimeClass.OFF_HOURS, 480L),
                        tuple(d("2026-05-15"), TimeClass.NORMAL, 30L));
    }

    @Test
    void saturdayNightIntoTheAutumnDstSunday() {
        // Saturday 24 Oct 23:00 -> Sunday 25 Oct 04:00 (5 wall-clock hours, 6 real hours)
        BillableTime t = bill("2026-10-24T23:00", "2026-10-25T04:00", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(360);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-24"), TimeClass.OFF_HOURS, 60L),
                        tuple(d("2026-10-25"), TimeClass.SUNDAY_HOLIDAY, 300L));
    }

    @Test
    void billedIntervalRunsPastTheActualEndIntoTheNextDay() {
        // Friday 23:55 -> 23:56 on site: billed 60 min, 5 on Friday, 55 on Saturday
        BillableTime t = bill("2026-10-09T23:55", "2026-10-09T23:56", Mode.ONSITE);
        assertThat(t.actualMinutes()).isEqualTo(1);
        assertThat(t.billedMinutes()).isEqualTo(60);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-09"), TimeClass.OFF_HOURS, 5L),
                        tuple(d("2026-10-10"), TimeClass.OFF_HOURS, 55L));
    }

    @Test
    void billedIntervalRunsIntoTheDstChange() {
        // Sunday 25 Oct 02:50 (summer time) -> 02:55: billed 15 min, 10 before and 5 after the clock goes back
        BillableTime t = bill("2026-10-25T02:50", "2026-10-25T02:55", Mode.REMOTE);
        assertThat(t.actualMinutes()).isEqualTo(5);
        assertThat(t.billedMinutes()).isEqualTo(15);
        assertThat(t.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-25"), TimeClass.SUNDAY_HOLIDAY, 15L));
    }

    // ---- a non-default card: REMOTE 30/10, ONSITE 45/20, normal hours 09:00-18:00 -----------------------------

    @Test
    void customIncrementsAndNormalHours() {
        BillableTime remote = bill("2026-10-05T08:50", "2026-10-05T09:21", Mode.REMOTE, CUSTOM);
        assertThat(remote.actualMinutes()).isEqualTo(31);
        assertThat(remote.billedMinutes()).isEqualTo(40);
        assertThat(remote.pieces()).extracting(TimePiece::date, TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(d("2026-10-05"), TimeClass.OFF_HOURS, 10L),
                        tuple(d("2026-10-05"), TimeClass.NORMAL, 30L));

        BillableTime shortRemote = bill("2026-10-05T17:45", "2026-10-05T17:50", Mode.REMOTE, CUSTOM);
        assertThat(shortRemote.billedMinutes()).isEqualTo(30);
        assertThat(shortRemote.pieces()).extracting(TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(TimeClass.NORMAL, 15L), tuple(TimeClass.OFF_HOURS, 15L));

        BillableTime onsite = bill("2026-10-05T17:30", "2026-10-05T18:31", Mode.ONSITE, CUSTOM);
        assertThat(onsite.actualMinutes()).isEqualTo(61);
        assertThat(onsite.billedMinutes()).isEqualTo(80);
        assertThat(onsite.pieces()).extracting(TimePiece::timeClass, TimePiece::minutes)
                .containsExactly(tuple(TimeClass.NORMAL, 30L), tuple(TimeClass.OFF_HOURS, 50L));
    }

    @Test
    void customIncrementObject() {
        BillableTime t = BillableTime.of(at("2026-10-05T10:00"), at("2026-10-05T10:01"), new BillingIncrement(0, 1),
                TimeClassifier.of(DEFAULT));
        assertThat(t.billedMinutes()).isEqualTo(1);
        assertThat(t.pieces()).hasSize(1);
    }
}
