package lu.mixvoip.billing.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * An invoice or credit note issued in the period, as the finance pack reads it: the customer as printed, the totals
 * and the lines' kind, tier, skill and amount. A credit note's amounts are negative, as stored.
 *
 * @param runId the billing run (job instance) that issued it
 */
public record PeriodDocument(String number, boolean creditNote, String billingMonth, LocalDate issueDate,
                             String customerId, String customerName, String country, String vatNumber, Tier tier,
                             VatTreatment treatment, BigDecimal vatRate, BigDecimal totalExclVat, BigDecimal vat,
                             BigDecimal totalInclVat, long runId, List<Line> lines) {

    public PeriodDocument {
        lines = List.copyOf(lines);
    }

    /** A printed line: fees and labour carry a tier (labour the one it was rated at), labour a skill. */
    public record Line(LineKind kind, Tier tier, Skill skill, BigDecimal amount) {
    }

    /** The tier a line's revenue counts for: its own, else (travel) the document's. */
    Tier tierOf(Line line) {
        return line.tier() == null ? tier : line.tier();
    }
}
