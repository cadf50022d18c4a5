package lu.mixvoip.billing.einvoice;

import java.math.BigDecimal;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.Money;

/**
 * The VAT breakdown and the document totals, copied from the invoice, never recomputed: the XML states what the
 * PDF states. One VAT category per invoice (billing-rules §7: VAT is computed once, on the sum of the lines), so
 * one breakdown whose taxable amount is the total excluding VAT.
 */
final class UblTotals {
    private final Invoice invoice;
    private final VatCategory category;

    /** @throws IllegalArgumentException when the invoice's own figures do not add up: no e-invoice can state them */
    UblTotals(Invoice invoice, VatCategory category) {
        this.invoice = invoice;
        this.category = category;
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
    }

    TaxTotalType taxTotal() {
        TaxSubtotalType subtotal = new TaxSubtotalType();
        subtotal.setTaxableAmount(UblAmounts.cents(invoice.totalExclVat())).setCurrencyID(PeppolBis.CURRENCY);
        subtotal.setTaxAmount(UblAmounts.cents(invoice.vat())).setCurrencyID(PeppolBis.CURRENCY);
        subtotal.setTaxCategory(category.forBreakdown(invoice.vatRate(), invoice.vatTreatment()));
        TaxTotalType total = new TaxTotalType();
        total.setTaxAmount(UblAmounts.cents(invoice.vat())).setCurrencyID(PeppolBis.CURRENCY);
        total.addTaxSubtotal(subtotal);
        return total;
    }

    /** Nothing is prepaid and nothing rounded: the amount due is the total including VAT. */
    MonetaryTotalType legalMonetaryTotal() {
        MonetaryTotalType total = new MonetaryTotalType();
        total.setLineExtensionAmount(UblAmounts.cents(invoice.totalExclVat())).setCurrencyID(PeppolBis.CURRENCY);
        total.setTaxExclusiveAmount(UblAmounts.cents(invoice.totalExclVat())).setCurrencyID(PeppolBis.CURRENCY);
        total.setTaxInclusiveAmount(UblAmounts.cents(invoice.totalInclVat())).setCurrencyID(PeppolBis.CURRENCY);
        total.setPayableAmount(UblAmounts.cents(invoice.totalInclVat())).setCurrencyID(PeppolBis.CURRENCY);
        return total;
    }
}
