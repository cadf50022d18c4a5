package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import lu.mixvoip.billing.core.servicelevel.ServiceLevel;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * A customer's bill for one month, before it gets a number. {@code serviceLevel}: the service level of its tier
 * (billing-rules §15), printed in the contract block; null when the tier has none.
 */
public record Invoice(
        Customer customer,
        YearMonth period,
        Tier tier,
        List<InvoiceLine> lines,
        BigDecimal fees,
        BigDecimal labour,
        BigDecimal travel,
        BigDecimal totalExclVat,
        VatTreatment vatTreatment,
        BigDecimal vatRate,
        BigDecimal vat,
        BigDecimal totalInclVat,
        int interventions,
        long billedMinutes,
        ServiceLevel serviceLevel) {

    /**
     * The largest total a document can carry: issued documents are kept with amounts of ten digits and two
     * decimals, and an invoice that could not be kept must be refused before it is numbered.
     */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("9999999999.99");

    public Invoice {
        lines = List.copyOf(lines);
    }

    /** An invoice whose tier has no service level. */
    public Invoice(Customer customer, YearMonth period, Tier tier, List<InvoiceLine> lines, BigDecimal fees,
                   BigDecimal labour, BigDecimal travel, BigDecimal totalExclVat, VatTreatment vatTreatment,
                   BigDecimal vatRate, BigDecimal vat, BigDecimal totalInclVat, int interventions, long billedMinutes) {
        this(customer, period, tier, lines, fees, labour, travel, totalExclVat, vatTreatment, vatRate, vat,
                totalInclVat, interventions, billedMinutes, null);
    }
}
