package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import lu.mixvoip.billing.core.tariff.Tier;

/** A customer's bill for one month, before it gets a number. */
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
        long billedMinutes) {

    public Invoice {
        lines = List.copyOf(lines);
    }
}
