package lu.mixvoip.billing.einvoice;

/** The identifiers Peppol BIS Billing 3.0 fixes for every invoice and credit note. */
final class PeppolBis {
    static final String CUSTOMIZATION_ID =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    /** UNTDID 1001: commercial invoice, credit note. */
    static final String INVOICE = "380";
    static final String CREDIT_NOTE = "381";
    /** UNCL 4461: SEPA credit transfer. */
    static final String SEPA_CREDIT_TRANSFER = "58";
    /** All money in this product is EUR (billing-rules). */
    static final String CURRENCY = "EUR";
    static final String VAT = "VAT";

    private PeppolBis() {
    }
}
