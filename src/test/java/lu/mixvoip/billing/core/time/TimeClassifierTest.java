package lu.mixvoip.billing.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lu.mixvoip.billing.core.tariff.DefaultTariffFixture;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** billing-rules §2: NORMAL Mon-Fri 08:00-20:00 except holidays; OFF_HOURS otherwise and Saturday; SUNDAY_HOLIDAY. */
class TimeClassifierTest {

    private static final TimeClassifier DEFAULT = TimeClassifier.of(DefaultTariffFixture.defaultVersion());
    private static final TimeClassifier CUSTOM = TimeClassifier.of(DefaultTariffFixture.customV1());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Monday 5 Oct 2026
            "2026-10-05T00:00,OFF_HOURS", "2026-10-05T07:59,OFF_HOURS", "2026-10-05T08:00,NORMAL",
            "2026-10-05T12:00,NORMAL", "2026-10-05T19:59,NORMAL", "2026-10-05T20:00,OFF_HOURS",
            "2026-10-05T23:59,OFF_HOURS",
            // Friday 9 Oct
            "2026-10-09T19:59,NORMAL", "2026-10-09T20:00,OFF_HOURS", "2026-10-09T23:59,OFF_HOURS",
            // Saturday 10 Oct: all day off-hours
            "2026-10-10T00:00,OFF_HOURS", "2026-10-10T08:00,OFF_HOURS", "2026-10-10T12:00,OFF_HOURS",
            "2026-10-10T19:59,OFF_HOURS", "2026-10-10T23:59,OFF_HOURS",
            // Sunday 11 Oct: all day
            "2026-10-11T00:00,SUNDAY_HOLIDAY", "2026-10-11T07:59,SUNDAY_HOLIDAY", "2026-10-11T08:00,SUNDAY_HOLIDAY",
            "2026-10-11T12:00,SUNDAY_HOLIDAY", "2026-10-11T20:00,SUNDAY_HOLIDAY", "2026-10-11T23:59,SUNDAY_HOLIDAY",
            // Monday 12 Oct 00:00 is a weekday night again
            "2026-10-12T00:00,OFF_HOURS",
            // weekday holidays, all day
            "2026-05-14T00:00,SUNDAY_HOLIDAY", "2026-05-14T10:00,SUNDAY_HOLIDAY", "2026-05-14T23:59,SUNDAY_HOLIDAY",
            "2026-06-23T12:00,SUNDAY_HOLIDAY", "2026-04-06T09:00,SUNDAY_HOLIDAY", "2026-12-25T15:00,SUNDAY_HOLIDAY",
            // holidays on a Saturday: Sunday/holiday class wins
            "2026-05-09T12:00,SUNDAY_HOLIDAY", "2026-08-15T12:00,SUNDAY_HOLIDAY",
            // not holidays
            "2026-04-03T10:00,NORMAL" /* Good Friday */, "2026-12-24T10:00,NORMAL", "2026-12-31T19:59,NORMAL",
            "2026-12-31T20:00,OFF_HOURS",
            // Europe Day before 2019 (§2): Wednesday 9 May 2018 is a working day
            "2018-05-09T10:00,NORMAL", "2018-05-09T20:00,OFF_HOURS", "2019-05-09T10:00,SUNDAY_HOLIDAY",
            // All Saints 2026 is a Sunday; 2 Nov is a normal Monday
            "2026-11-01T10:00,SUNDAY_HOLIDAY", "2026-11-02T10:00,NORMAL"})
    void defaultNormalHours(LocalDateTime minute, TimeClass expected) {
        assertThat(DEFAULT.classOf(minute)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "09:00-18:00 card: {0} -> {1}")
    @CsvSource({"2026-10-05T08:00,OFF_HOURS", "2026-10-05T08:59,OFF_HOURS", "2026-10-05T09:00,NORMAL",
            "2026-10-05T17:59,NORMAL", "2026-10-05T18:00,OFF_HOURS", "2026-10-05T19:59,OFF_HOURS",
            "2026-10-10T10:00,OFF_HOURS", "2026-10-11T10:00,SUNDAY_HOLIDAY", "2026-05-14T10:00,SUNDAY_HOLIDAY"})
    void customNormalHours(LocalDateTime minute, TimeClass expected) {
        assertThat(CUSTOM.classOf(minute)).isEqualTo(expected);
        assertThat(new TimeClassifier(LocalTime.of(9, 0), LocalTime.of(18, 0)).classOf(minute)).isEqualTo(expected);
    }
}
