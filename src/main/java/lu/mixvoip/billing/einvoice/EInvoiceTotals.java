package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.Money;

/**
 * The document totals, copied from the invoice, never recomputed: the XML states what the PDF states. They are
 * checked to add up first, since no e-invoice could state them otherwise.
 */
final class EInvoiceTotals {
    private EInvoiceTotals() {
    }

    /** @throws IllegalArgumentException when the invoice's own figures do not add up */
    static EInvoice.Totals of(Invoice invoice, VatCategory category) {
        BigDecimal lines = invoice.lines().stream().map(InvoiceLine::amount).reduce(Money.ZERO, BigDecimal::add);
        if (lines.compareTo(invoice.totalExclVat()) != 0) {
            throw new IllegalArgumentException("lines sum to " + lines + ", total excl. VAT is " + invoice.totalExclVat());
        }
        if (invoice.totalExclVat().add(invoice.vat()).compareTo(invoice.totalInclVat()) != 0) {
            throw new IllegalArgumentException("total excl. VAT " + invoice.totalExclVat() + " + VAT " + invoice.vat()
                    + " is not the total incl. VAT " + invoice.totalInclVat());
        }
        if (category.isExempt() && (invoice.vatRate().signum() != 0 || invoice.vat().signum() != 0)) {
            throw new IllegalArgumentException(invoice.vatTreatment() + " charges no VAT, yet the invoice has "
                    + invoice.vatRate() + " % and " + invoice.vat());
        }
        if (!category.isExempt() && invoice.vatRate().signum() <= 0) {
            throw new IllegalArgumentException(invoice.vatTreatment() + " needs a VAT rate above zero");
        }
        BigDecimal exclVat = EInvoiceAmounts.cents(invoice.totalExclVat());
        BigDecimal inclVat = EInvoiceAmounts.cents(invoice.totalInclVat());
        return new EInvoice.Totals(exclVat, exclVat, EInvoiceAmounts.cents(invoice.vat()), inclVat, inclVat);
    }
}
