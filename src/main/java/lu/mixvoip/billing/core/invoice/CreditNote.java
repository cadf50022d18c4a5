package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Cancels an issued invoice in full (EU VAT Directive art. 219): the same lines and totals, negated, with the same
 * VAT treatment, referencing the invoice's number and date. An issued invoice is never changed or deleted.
 */
public record CreditNote(String number, LocalDate issueDate, IssuedInvoice cancelled) {

    /** The cancelled invoice's content with every amount negated: what the credit note shows. */
    public Invoice negated() {
        Invoice i = cancelled.invoice();
        List<InvoiceLine> lines = i.lines().stream().map(l -> new InvoiceLine(l.kind(), l.date(), l.reference(),
                l.ticket(), l.description(), l.tier(), l.mode(), l.skill(), l.timeClass(), l.actualMinutes(),
                l.quantity(), l.basis(), l.unitRate(), l.amount().negate(), l.included())).toList();
        return new Invoice(i.customer(), i.period(), i.tier(), lines, negate(i.fees()), negate(i.labour()),
                negate(i.travel()), negate(i.totalExclVat()), i.vatTreatment(), i.vatRate(), negate(i.vat()),
                negate(i.totalInclVat()), i.interventions(), i.billedMinutes(), i.serviceLevel());
    }

    private static BigDecimal negate(BigDecimal amount) {
        return amount.signum() == 0 ? amount : amount.negate();
    }
}
