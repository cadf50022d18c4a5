package lu.mixvoip.billing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatPolicy;

/** Configuration under {@code billing.*} in application.yml: the seller's identity and its VAT position. */
@ConfigurationProperties("billing")
public record BillingProperties(Seller seller, Vat vat) {

    /** The standard rate charged at home and to EU customers without a VAT number, and the EU member states. */
    public record Vat(BigDecimal standardRate, Set<String> euCountries) {
    }

    public VatPolicy vatPolicy() {
        return new VatPolicy(seller.country().toUpperCase(Locale.ROOT), vat.standardRate(),
                vat.euCountries().stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
    }
}
