package lu.mixvoip.billing.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import lu.mixvoip.billing.core.servicelevel.FaultHandlingDays;
import lu.mixvoip.billing.core.servicelevel.ServiceLevel;
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

    // ---- service-levels (billing-rules §15) ------------------------------------------------------------------------

    private static final String STANDARD_LEVEL =
            "      STANDARD:   { days: MON-FRI, from: \"08:00\", to: \"17:00\", max-response-hours: 12, max-intervention-hours: 24 }\n";

    @Test
    void theBundledCardHasTheSpecsServiceLevels() {
        TariffVersion card = TariffFileReader.readBundled().versions().get(0);
        assertThat(card.serviceLevels()).containsOnlyKeys(Tier.STANDARD, Tier.OFFICE, Tier.ENTERPRISE, Tier.MANAGED);
        assertThat(card.serviceLevel(Tier.STANDARD)).contains(new ServiceLevel(FaultHandlingDays.MON_FRI,
                LocalTime.of(8, 0), LocalTime.of(17, 0), 12, 24));
        assertThat(card.serviceLevel(Tier.OFFICE)).contains(new ServiceLevel(FaultHandlingDays.MON_FRI,
                LocalTime.of(7, 30), LocalTime.of(18, 0), 8, 12));
        assertThat(card.serviceLevel(Tier.ENTERPRISE)).contains(new ServiceLevel(FaultHandlingDays.MON_SUN,
                LocalTime.of(7, 0), LocalTime.of(19, 0), 3, 6));
        assertThat(card.serviceLevel(Tier.MANAGED)).contains(new ServiceLevel(FaultHandlingDays.MON_SUN,
                LocalTime.of(7, 0), LocalTime.of(19, 0), 3, 6));
        assertThat(card.serviceLevel(Tier.NONE)).isEmpty();
    }

    @Test
    void serviceLevelsAreOptional() {
        String text = bundledText();
        String without = text.substring(0, text.indexOf("    service-levels:"));
        TariffVersion card = TariffFileReader.read(new StringReader(without), "t.yml").versions().get(0);
        assertThat(card.serviceLevels()).isEmpty();
        assertThat(card.monthlyFee(Tier.OFFICE)).isEqualTo(new BigDecimal("262.00")); // the rest as before

        String onlyOne = without + "    service-levels:\n" + STANDARD_LEVEL.replace("MON-FRI", "MON-SAT");
        TariffVersion one = TariffFileReader.read(new StringReader(onlyOne), "t.yml").versions().get(0);
        assertThat(one.serviceLevels()).containsOnlyKeys(Tier.STANDARD);
        assertThat(one.serviceLevel(Tier.STANDARD).orElseThrow().days()).isEqualTo(FaultHandlingDays.MON_SAT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "days: MON-FRI|days: MON-THU|versions[0].service-levels.STANDARD.days: expected one of MON-FRI, MON-SAT,"
                    + " MON-SUN, got 'MON-THU'",
            "days: MON-FRI|days: mon-fri|versions[0].service-levels.STANDARD.days: expected one of MON-FRI, MON-SAT,"
                    + " MON-SUN, got 'mon-fri'",
            "from: \"08:00\"|from: \"8:00\"|versions[0].service-levels.STANDARD.from: expected a time HH:MM, got '8:00'",
            "from: \"08:00\"|from: \"08:00:00\"|versions[0].service-levels.STANDARD.from: expected a time HH:MM,"
                    + " got '08:00:00'",
            "to: \"17:00\"|to: \"24:00\"|versions[0].service-levels.STANDARD.to: expected a time HH:MM, got '24:00'",
            "to: \"17:00\"|to: \"08:00\"|versions[0].service-levels.STANDARD: expected 'from' before 'to', got 08:00"
                    + " and 08:00",
            "to: \"17:00\"|to: \"07:00\"|versions[0].service-levels.STANDARD: expected 'from' before 'to', got 08:00"
                    + " and 07:00",
            "max-response-hours: 12|max-response-hours: 0|versions[0].service-levels.STANDARD.max-response-hours:"
                    + " expected a whole number of hours greater than 0, got '0'",
            "max-response-hours: 12|max-response-hours: -3|versions[0].service-levels.STANDARD.max-response-hours:"
                    + " expected a whole number of hours greater than 0, got '-3'",
            "max-intervention-hours: 24|max-intervention-hours: 1.5|versions[0].service-levels.STANDARD"
                    + ".max-intervention-hours: expected a whole number of hours greater than 0, got '1.5'",
            "max-intervention-hours: 24|max-intervention-hours: 24h|versions[0].service-levels.STANDARD"
                    + ".max-intervention-hours: expected a whole number of hours greater than 0, got '24h'",
            "max-intervention-hours: 24 }|max-intervention-hours: 24, contact: email }|versions[0].service-levels"
                    + ".STANDARD.contact: expected one of [days, from, to, max-response-hours, max-intervention-hours]",
            ", max-intervention-hours: 24 }| }|versions[0].service-levels.STANDARD has no 'max-intervention-hours' (a"
                    + " service level needs days, from, to, max-response-hours, max-intervention-hours)",
            "STANDARD:   {|NONE:   {|versions[0].service-levels.NONE: expected one of [STANDARD, OFFICE, ENTERPRISE,"
                    + " MANAGED]",
            "STANDARD:   {|GOLD:   {|versions[0].service-levels.GOLD: expected one of [STANDARD, OFFICE, ENTERPRISE,"
                    + " MANAGED]"})
    void aBadServiceLevelNamesItsKeyAndWhatWasExpected(String from, String to, String message) {
        String text = bundledText();
        String without = text.substring(0, text.indexOf("    service-levels:"));
        String yaml = without + "    service-levels:\n" + STANDARD_LEVEL.replace(from, to);

        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "t.yml"))
                .isInstanceOf(InputException.class)
                .hasMessage("tariff file t.yml: " + message);
    }

    @Test
    void serviceLevelsMustBeAMapping() {
        String text = bundledText();
        String yaml = text.substring(0, text.indexOf("    service-levels:")) + "    service-levels: 3h\n";
        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "t.yml"))
                .hasMessage("tariff file t.yml: versions[0].service-levels: expected a mapping of keys to values");
        String level = text.substring(0, text.indexOf("    service-levels:")) + "    service-levels:\n"
                + "      OFFICE: MON-FRI 07:30-18:00\n";
        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(level), "t.yml"))
                .hasMessage("tariff file t.yml: versions[0].service-levels.OFFICE: expected a mapping of keys to"
                        + " values");
    }

    // ---- duplicate keys -----------------------------------------------------------------------------------------

    @Test
    void aDuplicateKeyIsRefusedNamingFileAndKey() {
        // the last one used to win: STANDARD billed 1.00
        String yaml = bundledText().replace("      STANDARD: 58.00\n", "      STANDARD: 58.00\n      STANDARD: 1.00\n");
        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "my-tariff.yml"))
                .isInstanceOf(InputException.class)
                .hasMessage("tariff file my-tariff.yml: duplicate key 'STANDARD' at line 10 (a key may appear only"
                        + " once in a mapping)");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{ CABLING: 95.00,|{ CABLING: 95.00, CABLING: 1.00,|CABLING",           // in a flow mapping
            "'    normal-hours:'|'    multipliers: { NORMAL: 1.0 }\\n    normal-hours:'|multipliers", // twice
            "\"3\": 110.00|\"3\": 110.00\\n      \"3\": 11.00|3",                     // a quoted zone
            "days: MON-SUN, from|days: MON-SUN, days: MON-FRI, from|days"})        // inside a service level
    void duplicatesAreRefusedAnywhere(String from, String to, String key) {
        String yaml = bundledText().replaceFirst(java.util.regex.Pattern.quote(from.replace("\\n", "\n")),
                java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n")));
        assertThat(yaml).isNotEqualTo(bundledText());
        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "t.yml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("tariff file t.yml: duplicate key '" + key + "' at line ");
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

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"1e400", "1E3", "-5.00", "+5.00", "1000000.00", "87.001", "0x10", "Infinity"})
    void aRateThatIsNotAPlainSaneAmountIsRefused(String rate) {
        String yaml = bundledText().replace("{ CABLING: 95.00,", "{ CABLING: " + rate + ",");

        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "t.yml"))
                .isInstanceOf(InputException.class).hasMessageContaining("CABLING")
                .hasMessageContaining("got '" + rate + "'");
    }

    @ParameterizedTest(name = "multiplier ''{0}''")
    @ValueSource(strings = {"0", "11", "1e1", "1.00001"})
    void aMultiplierOutsideItsBoundsIsRefused(String multiplier) {
        String yaml = bundledText().replaceFirst("OFF_HOURS: [0-9.]+", "OFF_HOURS: " + multiplier);

        assertThatThrownBy(() -> TariffFileReader.read(new StringReader(yaml), "t.yml"))
                .isInstanceOf(InputException.class).hasMessageContaining("OFF_HOURS")
                .hasMessageContaining("got '" + multiplier + "'");
    }

    @Test
    void aFileAboveOneMebibyteIsRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yml");
        Files.writeString(huge, bundledText() + "#" + "x".repeat((int) TariffFileReader.MAX_FILE_BYTES) + "\n");

        assertThatThrownBy(() -> TariffFileReader.read(huge)).isInstanceOf(InputException.class)
                .hasMessage("tariff file " + huge + " is " + Files.size(huge) + " bytes: a tariff card is at most"
                        + " 1048576 bytes (1 MiB)");
    }
}
