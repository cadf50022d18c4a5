package lu.mixvoip.billing.einvoice;

/**
 * A document's e-invoice in both syntaxes, from one {@link EInvoice}: {@code facturX}, the CII for inside the PDF
 * ({@code factur-x.xml}), which every customer gets; {@code ubl}, the Peppol UBL written beside the PDF for the
 * access point, null for a customer without an electronic address (Peppol cannot deliver to it).
 */
public record EInvoiceXml(byte[] facturX, byte[] ubl) {

    static EInvoiceXml of(EInvoice document) {
        return new EInvoiceXml(CiiDocuments.write(document),
                document.buyer().address() == null ? null : UblDocuments.write(document));
    }
}
