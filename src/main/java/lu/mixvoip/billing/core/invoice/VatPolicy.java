package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** The seller's VAT position: its country, its standard rate and the EU member states (configuration). */
public record VatPolicy(String sellerCountry, BigDecimal standardRate, Set<String> euCountries) {

    public VatTreatment treatmentOf(Customer customer) {
        String country = customer.country().toUpperCase(Locale.ROOT);
        if (country.equals(sellerCountry)) {
            return VatTreatment.DOMESTIC;
        }
        if (!euCountries.contains(country)) {
            return VatTreatment.OUTSIDE_EU;
        }
        return customer.hasVatNumber() ? VatTreatment.REVERSE_CHARGE : VatTreatment.EU_NO_VAT_NUMBER;
    }

    public BigDecimal rateFor(VatTreatment treatment) {
        return switch (treatment) {
            case DOMESTIC, EU_NO_VAT_NUMBER -> standardRate;
            case REVERSE_CHARGE, OUTSIDE_EU -> BigDecimal.ZERO;
        };
    }
}
