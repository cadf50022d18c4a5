package lu.mixvoip.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Every billing.* key must be one the application reads: a typo stops the run instead of being ignored. */
class KnownSettingsTest {
    private final KnownSettings known = KnownSettings.ofApplication();

    private static StandardEnvironment environment(Map<String, Object> properties, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", properties));
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }

    @Test
    void everyKeyOfTheRecordsIsKnownInAnySpelling() {
        assertThat(known.unknownIn(environment(Map.of("billing.seller.iban", "x", "billing.seller.postalCode", "x",
                "billing.vat.eu-countries[0]", "LU", "billing.chunk-size", "5", "spring.anything", "x"),
                Map.of("BILLING_SELLER_POSTALCODE", "x", "BILLING_DB_URL", "jdbc:x", "BILLING_JAVA_OPTS", "-Xmx1g",
                        "BILLING_LOG", "x", "PATH", "/bin")))).isEmpty();
    }

    @Test
    void aMisspeltKeyOnTheCommandLineIsNamedWithTheNearestKnownOne() {
        assertThat(known.unknownIn(environment(Map.of("billing.sellr.iban", "LU28"), Map.of())))
                .contains("unknown setting billing.sellr.iban (on the command line): did you mean"
                        + " billing.seller.iban?");
    }

    @Test
    void aMisspeltEnvironmentVariableIsNamedWithItsOrigin() {
        assertThat(known.unknownIn(environment(Map.of(), Map.of("BILLING_SELLER_VATNUMBR", "LU1"))))
                .hasValueSatisfying(message -> assertThat(message).startsWith("unknown setting billing.seller.vatnumbr")
                        .contains("BILLING_SELLER_VATNUMBR").endsWith("did you mean billing.seller.vat-number?"));
    }

    @Test
    void aKeyFarFromEveryKnownOneSaysSo() {
        assertThat(known.unknownIn(environment(Map.of("billing.colour-scheme", "dark"), Map.of())))
                .contains("unknown setting billing.colour-scheme (on the command line): it is not a setting of"
                        + " support-billing (see application.yml)");
    }

    /** A map of records: any entry name, but only the record's keys below it. */
    @Test
    void aTierAccountIsKnownOnlyWithTheKeysOfAnAccountSet() {
        assertThat(known.unknownIn(environment(Map.of("billing.accounting.tiers.MANAGED.fee", "703004",
                "billing.accounting.tiers[OFFICE].labour", "703005"), Map.of("BILLING_ACCOUNTING_TIERS_STANDARD_TRAVEL",
                "703006")))).isEmpty();
        assertThat(known.unknownIn(environment(Map.of("billing.accounting.tiers.MANAGED.fees", "703004"), Map.of())))
                .hasValueSatisfying(message -> assertThat(message).startsWith("unknown setting"
                        + " billing.accounting.tiers.managed.fees (on the command line)"));
        assertThat(known.unknownIn(environment(Map.of("billing.accounting.tiers.MANAGED", "703004"), Map.of())))
                .isPresent();
    }

    @Test
    void distanceCountsEdits() {
        assertThat(KnownSettings.distance("seller", "sellr")).isEqualTo(1);
        assertThat(KnownSettings.distance("iban", "bic")).isEqualTo(3);
        assertThat(KnownSettings.distance("", "abc")).isEqualTo(3);
    }
}
