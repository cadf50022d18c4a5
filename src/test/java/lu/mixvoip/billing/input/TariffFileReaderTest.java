package lu.mixvoip.billing.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.tariff.BillingIncrement;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

class TariffFileReaderTest {

    @Test
    void theBundledCardIsTheProvidersPublishedTariff() {
        Tariff tariff = TariffFileReader.readBundled();

        assertThat(tariff.versions()).hasSize(1);
        TariffVersion card = tariff.versions().get(0);
        assertThat(card.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(card.monthlyFee(Tier.STANDARD)).isEqualTo(new BigDecimal("58.00"));
        assertThat(card.monthlyFee(Tier.OFFICE)).isEqualTo(new BigDecimal("262.00"));
        assertThat(card.monthlyFee(Tier.ENTERPRISE)).isEqualTo(new BigDecimal("318.00"));
        assertThat(card.hourlyRate(Tier.NONE, Skill.CONSULTING)).isEqualTo(new BigDecimal("145.00"));
        assertThat(card.hourlyRate(Tier.STANDARD, Skill.CABLING)).isEqualTo(new BigDecimal("89.00"));
        assertThat(card.hourlyRate(Tier.ENTERPRISE, Skill.ENGINEER)).isEqualTo(new BigDecimal("111.00"));
        assertThat(card.normalFrom()).isEqualTo(LocalTime.of(8, 0));
        assertThat(card.normalTo()).isEqualTo(LocalTime.of(20, 0));
        assertThat(card.multipliers().get(TimeClass.OFF_HOURS)).isEqualByComparingTo("1.5");
        assertThat(card.increment(Mode.ONSITE)).isEqualTo(new BillingIncrement(60, 15));
        assertThat(card.increment(Mode.REMOTE)).isEqualTo(new BillingIncrement(0, 15));
        assertThat(card.travelFees()).containsOnlyKeys("1", "2", "3");
        assertThat(card.travelFee("3")).contains(new BigDecimal("110.00"));
    }

    @Test
    void aMissingKeyIsNamedWithItsPath() {
        String yaml = bundledText().replace("      SUNDAY_HOLIDAY: 2.0    # all of Sunday and of Luxembourg legal public holidays\n", "");

        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "my-tariff.yml"))
                .isInstanceOf(InputException.class)
                .hasMessage("tariff file my-tariff.yml: versions[0].multipliers has no 'SUNDAY_HOLIDAY' (every key of"
                        + " the default card is required in every version)");
    }

    @Test
    void aBadValueIsNamedWithWhatWasExpected() {
        String yaml = bundledText().replace("from: \"08:00\"", "from: \"8 o'clock\"");

        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "t.yml"))
                .hasMessage("tariff file t.yml: versions[0].normal-hours.from: expected a time HH:MM, got '8 o'clock'");
    }

    @Test
    void anUnknownSkillIsRefused() {
        String yaml = bundledText().replace("{ CABLING: 95.00,", "{ CABLING: 95.00, JUGGLING: 1.00,");

        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "t.yml"))
                .hasMessageContaining("versions[0].hourly-rates.NONE.JUGGLING: expected one of [CABLING,");
    }

    @Test
    void managedHasNoFeeAndNoRatesInTheTariff() {
        Tariff tariff = TariffFileReader.readBundled();
        assertThat(tariff.versions().get(0).monthlyFees()).doesNotContainKey(Tier.MANAGED);
        assertThat(tariff.versions().get(0).hourlyRates()).doesNotContainKey(Tier.MANAGED);

        String fee = bundledText().replace("      ENTERPRISE: 318.00\n", "      ENTERPRISE: 318.00\n      MANAGED: 900.00\n");
        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(fee), "t.yml"))
                .hasMessage("tariff file t.yml: versions[0].monthly-fees.MANAGED: expected one of [STANDARD, OFFICE,"
                        + " ENTERPRISE]");

        String rates = bundledText().replace("    normal-hours:",
                "      MANAGED:    { CABLING: 0.00, TECHNICIAN: 0.00, ENGINEER: 0.00, CONSULTING: 0.00 }\n"
                        + "    normal-hours:");
        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(rates), "t.yml"))
                .hasMessage("tariff file t.yml: versions[0].hourly-rates.MANAGED: expected one of [NONE, STANDARD,"
                        + " OFFICE, ENTERPRISE]");
    }

    @Test
    void invalidYamlIsReportedAsSuch() {
        assertThatThrownBy(() -> TariffFileReader.read(new StringReader("versions: [\n  - {"), "t.yml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("tariff file t.yml is not valid YAML");
    }

    private static String bundledText() {
        try (var in = TariffFileReader.class.getClassLoader().getResourceAsStream("tariff.yml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
