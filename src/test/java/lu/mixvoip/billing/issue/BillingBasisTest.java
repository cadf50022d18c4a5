package lu.mixvoip.billing.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.VatPolicy;

class BillingBasisTest {
    private static final VatPolicy LU = new VatPolicy("LU", new BigDecimal("17.00"), Set.of("BE", "DE", "FR", "LU"));

    @Test
    void theSameInputAndSettingsGiveTheSameBasisWhateverTheOrderOfTheEuCountries() {
        VatPolicy reordered = new VatPolicy("LU", new BigDecimal("17.00"),
                new LinkedHashSet<>(List.of("LU", "FR", "DE", "BE")));
        assertThat(BillingBasis.of("input-a", reordered)).isEqualTo(BillingBasis.of("input-a", LU))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void anotherInputOrVatSettingIsAnotherBasis() {
        String basis = BillingBasis.of("input-a", LU);
        assertThat(BillingBasis.of("input-b", LU)).isNotEqualTo(basis);
        assertThat(BillingBasis.of("input-a", new VatPolicy("LU", new BigDecimal("16.00"), LU.euCountries())))
                .isNotEqualTo(basis);
        assertThat(BillingBasis.of("input-a", new VatPolicy("LU", new BigDecimal("17.00"), Set.of("BE", "DE"))))
                .isNotEqualTo(basis);
        assertThat(BillingBasis.of("input-a", new VatPolicy("BE", new BigDecimal("17.00"), LU.euCountries())))
                .isNotEqualTo(basis);
    }
}
