package lu.mixvoip.billing.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** billing-rules §3: billed = max(minimum, actual rounded up to a multiple of increment). */
class BillingIncrementTest {

    @ParameterizedTest(name = "REMOTE (0/15): {0} min -> {1} min")
    @CsvSource({"1,15", "7,15", "14,15", "15,15", "16,30", "30,30", "31,45", "45,45", "46,60", "50,60", "59,60",
            "60,60", "61,75", "180,180", "181,195", "1439,1440", "1440,1440"})
    void defaultRemote(long actual, long billed) {
        assertThat(DefaultTariffFixture.defaultVersion().increment(Mode.REMOTE).billedMinutes(actual))
                .isEqualTo(billed);
    }

    @ParameterizedTest(name = "ONSITE (60/15): {0} min -> {1} min")
    @CsvSource({"1,60", "15,60", "20,60", "45,60", "59,60", "60,60", "61,75", "75,75", "76,90", "80,90", "90,90",
            "91,105", "240,240", "241,255", "1440,1440"})
    void defaultOnsite(long actual, long billed) {
        assertThat(DefaultTariffFixture.defaultVersion().increment(Mode.ONSITE).billedMinutes(actual))
                .isEqualTo(billed);
    }

    @ParameterizedTest(name = "minimum 30 / increment 10: {0} min -> {1} min")
    @CsvSource({"1,30", "9,30", "10,30", "29,30", "30,30", "31,40", "39,40", "40,40", "41,50", "100,100",
            "101,110"})
    void customRemote(long actual, long billed) {
        assertThat(DefaultTariffFixture.customV1().increment(Mode.REMOTE).billedMinutes(actual)).isEqualTo(billed);
        assertThat(new BillingIncrement(30, 10).billedMinutes(actual)).isEqualTo(billed);
    }

    @ParameterizedTest(name = "minimum 45 / increment 20: {0} min -> {1} min")
    // 45 is rounded up to 60 before the max is taken
    @CsvSource({"1,45", "20,45", "40,45", "41,60", "45,60", "46,60", "60,60", "61,80", "80,80", "81,100"})
    void customOnsiteMinimumNotAMultiple(long actual, long billed) {
        assertThat(DefaultTariffFixture.customV1().increment(Mode.ONSITE).billedMinutes(actual)).isEqualTo(billed);
    }

    @Test
    void incrementOfOneMinuteBillsTheActualTime() {
        assertThat(new BillingIncrement(0, 1).billedMinutes(37)).isEqualTo(37);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new BillingIncrement(-1, 15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BillingIncrement(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
