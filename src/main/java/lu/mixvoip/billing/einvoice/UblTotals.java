package lu.mixvoip.billing.einvoice;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;

/** The e-invoice's VAT breakdown and totals as UBL states them. */
final class UblTotals {
    private UblTotals() {
    }

    static TaxTotalType taxTotal(EInvoice document) {
        EInvoice.VatBreakdown vat = document.vat();
        TaxSubtotalType subtotal = new TaxSubtotalType();
        subtotal.setTaxableAmount(vat.taxable()).setCurrencyID(EInvoice.CURRENCY);
        subtotal.setTaxAmount(vat.tax()).setCurrencyID(EInvoice.CURRENCY);
        subtotal.setTaxCategory(breakdownCategory(vat));
        TaxTotalType total = new TaxTotalType();
        total.setTaxAmount(document.totals().vat()).setCurrencyID(EInvoice.CURRENCY);
        total.addTaxSubtotal(subtotal);
        return total;
    }

    static MonetaryTotalType legalMonetaryTotal(EInvoice document) {
        EInvoice.Totals totals = document.totals();
        MonetaryTotalType total = new MonetaryTotalType();
        total.setLineExtensionAmount(totals.lines()).setCurrencyID(EInvoice.CURRENCY);
        total.setTaxExclusiveAmount(totals.exclVat()).setCurrencyID(EInvoice.CURRENCY);
        total.setTaxInclusiveAmount(totals.inclVat()).setCurrencyID(EInvoice.CURRENCY);
        total.setPayableAmount(totals.payable()).setCurrencyID(EInvoice.CURRENCY);
        return total;
    }

    /** The category of an invoice line: code, rate and scheme, no exemption reason (that belongs to the breakdown). */
    static TaxCategoryType lineCategory(EInvoice.VatBreakdown vat) {
        TaxCategoryType category = new TaxCategoryType();
        category.setID(vat.category());
        category.setPercent(vat.rate());
        category.setTaxScheme(vatScheme());
        return category;
    }

    private static TaxCategoryType breakdownCategory(EInvoice.VatBreakdown vat) {
        TaxCategoryType category = new TaxCategoryType();
        category.setID(vat.category());
        category.setPercent(vat.rate());
        if (vat.exemptionCode() != null) {
            category.setTaxExemptionReasonCode(vat.exemptionCode());
            if (vat.exemptionReason() != null) {
                category.addTaxExemptionReason(new TaxExemptionReasonType(vat.exemptionReason()));
            }
        }
        category.setTaxScheme(vatScheme());
        return category;
    }

    static TaxSchemeType vatScheme() {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID(EInvoice.VAT);
        return scheme;
    }
}
