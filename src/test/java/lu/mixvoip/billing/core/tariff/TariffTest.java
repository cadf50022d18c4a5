package lu.mixvoip.billing.core.tariff;

import static lu.mixvoip.billing.core.tariff.DefaultTariffFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** billing-rules §1 (effective-dated card) and §2 (effective rate = round(hourly × multiplier, 2)). */
class TariffTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // §3: OFFICE TECHNICIAN 96.00 -> OFF_HOURS 144.00, SUNDAY_HOLIDAY 192.00
            "OFFICE,TECHNICIAN,NORMAL,96.00", "OFFICE,TECHNICIAN,OFF_HOURS,144.00",
            "OFFICE,TECHNICIAN,SUNDAY_HOLIDAY,192.00",
            // §3: STANDARD CABLING 89.00 -> OFF_HOURS 133.50
            "STANDARD,CABLING,NORMAL,89.00", "STANDARD,CABLING,OFF_HOURS,133.50",
            // acceptance README
            "NONE,ENGINEER,OFF_HOURS,193.50", "NONE,ENGINEER,SUNDAY_HOLIDAY,258.00",
            "ENTERPRISE,CONSULTING,OFF_HOURS,196.50", "ENTERPRISE,CONSULTING,SUNDAY_HOLIDAY,262.00",
            "NONE,CONSULTING,NORMAL,145.00", "STANDARD,CONSULTING,SUNDAY_HOLIDAY,278.00",
            "ENTERPRISE,ENGINEER,OFF_HOURS,166.50", "STANDARD,TECHNICIAN,OFF_HOURS,156.00"})
    void defaultEffectiveRates(Tier tier, Skill skill, TimeClass timeClass, String expected) {
        BigDecimal rate = DefaultTariffFixture.defaultVersion().effectiveRate(tier, skill, timeClass);
        assertThat(rate).isEqualTo(eur(expected)); // equals: value and scale 2
    }

    @Test
    void effectiveRateIsRoundedHalfUpToCents() {
        // custom card: 1.25 multiplier; 90.00 x 1.25 = 112.50 ; 77.00 x 1.25 = 96.25 ; 99.00 x 3.0 = 297.00
        assertThat(DefaultTariffFixture.customV1().effectiveRate(Tier.NONE, Skill.TECHNICIAN, TimeClass.OFF_HOURS))
                .isEqualTo(eur("112.50"));
        assertThat(DefaultTariffFixture.customV2().effectiveRate(Tier.NONE, Skill.CABLING, TimeClass.OFF_HOURS))
                .isEqualTo(eur("96.25"));
        assertThat(DefaultTariffFixture.customV2().effectiveRate(Tier.NONE, Skill.TECHNICIAN,
                TimeClass.SUNDAY_HOLIDAY)).isEqualTo(eur("297.00"));
        // a rate whose product has 3+ decimals: 87.37 x 1.25 = 109.2125 -> 109.21 ; 87.38 x 1.25 = 109.225 -> 109.23
        TariffVersion v = DefaultTariffFixture.customV1();
        TariffVersion odd = new TariffVersion(v.effectiveFrom(), v.monthlyFees(),
                java.util.Map.of(Tier.NONE, DefaultTariffFixture.rates("87.37", "87.38", "1.00", "1.00")),
                v.normalFrom(), v.normalTo(), v.multipliers(), v.increments(), v.travelFees());
        assertThat(odd.effectiveRate(Tier.NONE, Skill.CABLING, TimeClass.OFF_HOURS)).isEqualTo(eur("109.21"));
        assertThat(odd.effectiveRate(Tier.NONE, Skill.TECHNICIAN, TimeClass.OFF_HOURS)).isEqualTo(eur("109.23"));
    }

    @Test
    void defaultCardNumbers() {
        TariffVersion v = DefaultTariffFixture.defaultVersion();
        assertThat(v.monthlyFee(Tier.STANDARD)).isEqualByComparingTo("58.00");
        assertThat(v.monthlyFee(Tier.OFFICE)).isEqualByComparingTo("262.00");
        assertThat(v.monthlyFee(Tier.ENTERPRISE)).isEqualByComparingTo("318.00");
        assertThat(v.hourlyRate(Tier.NONE, Skill.CONSULTING)).isEqualByComparingTo("145.00");
        assertThat(v.travelFee("1")).contains(eur("45.00"));
        assertThat(v.travelFee("2")).contains(eur("75.00"));
        assertThat(v.travelFee("3")).contains(eur("110.00"));
        assertThat(v.travelFee("4")).isEmpty();
        assertThat(DefaultTariffFixture.defaultTariff().zones()).containsExactly("1", "2", "3");
    }

    @Test
    void versionInForceOnADay() {
        Tariff tariff = DefaultTariffFixture.customTariff();
        assertThat(tariff.versionOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(tariff.versionOn(LocalDate.of(2026, 1, 1)).orElseThrow().effectiveFrom())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(tariff.versionOn(LocalDate.of(2026, 10, 14)).orElseThrow().effectiveFrom())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(tariff.versionOn(LocalDate.of(2026, 10, 15)).orElseThrow().effectiveFrom())
                .isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(tariff.versionOn(LocalDate.of(2030, 1, 1)).orElseThrow().effectiveFrom())
                .isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(tariff.zones()).containsExactly("A", "B");
    }

    @Test
    void defaultCardIsInForceFrom2025() {
        Tariff tariff = DefaultTariffFixture.defaultTariff();
        assertThat(tariff.versionOn(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(tariff.versionOn(LocalDate.of(2025, 1, 1))).isPresent();
        assertThat(tariff.versionOn(LocalDate.of(2026, 10, 5))).isPresent();
    }

    @Test
    void rejectsBadCards() {
        assertThatThrownBy(() -> new Tariff(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tariff(List.of(DefaultTariffFixture.customV1(), DefaultTariffFixture.customV1())))
                .isInstanceOf(IllegalArgumentException.class);
        TariffVersion v = DefaultTariffFixture.defaultVersion();
        assertThatThrownBy(() -> new TariffVersion(v.effectiveFrom(), v.monthlyFees(), v.hourlyRates(),
                LocalTime.of(20, 0), LocalTime.of(8, 0), v.multipliers(), v.increments(), v.travelFees()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
