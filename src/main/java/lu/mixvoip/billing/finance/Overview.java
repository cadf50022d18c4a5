package lu.mixvoip.billing.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * What overview.pdf shows (billing-rules §16).
 *
 * @param twelveMonths   revenue excl. VAT of each of the twelve billing months up to the period's last, net of
 *                       credit notes, from the documents issued by the period's end
 * @param serviceLevels  per tier, the tickets of the months billed (as the last run of each month in the period
 *                       assessed them): met (both times met), breached (either breached), pending (the others)
 * @param rejectedRows   rows refused by those runs
 */
record Overview(FinancePeriod period, String seller, Language language, long invoices, long creditNotes,
                BigDecimal totalExclVat, BigDecimal vat, BigDecimal totalInclVat, Map<Tier, BigDecimal> byTier,
                Map<Skill, BigDecimal> bySkill, Map<String, BigDecimal> byCountry,
                Map<YearMonth, BigDecimal> twelveMonths, Map<Tier, ServiceLevels> serviceLevels, long rejectedRows) {

    /** Tickets per outcome. */
    record ServiceLevels(long met, long breached, long pending) {

        ServiceLevels plus(ServiceLevels other) {
            return new ServiceLevels(met + other.met, breached + other.breached, pending + other.pending);
        }
    }

    boolean empty() {
        return invoices + creditNotes == 0;
    }
}
