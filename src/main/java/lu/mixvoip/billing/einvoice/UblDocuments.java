package lu.mixvoip.billing.einvoice;

import java.util.Objects;

import com.helger.ubl21.UBL21Marshaller;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * Writes issued invoices and credit notes as Peppol BIS Billing 3.0 UBL 2.1 documents (EN 16931): the e-invoice
 * ({@link EInvoice}) for buyers that only take e-invoices (Luxembourg's public bodies), through their Peppol access
 * point.
 *
 * <p>The same document always gives the same bytes: no clock, random id or default locale reaches the XML, and the
 * namespace prefixes are fixed by ph-ubl. Thread-safe: each call builds and marshals its own objects; the seller is
 * immutable. The first call in a JVM loads ph-ubl's JAXB context, which ph-ubl then keeps: it is slow, the calls
 * after it are not.
 */
public final class UblDocuments {
    static final String CUSTOMIZATION_ID =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    private final SellerParty seller;

    public UblDocuments(SellerParty seller) {
        this.seller = Objects.requireNonNull(seller, "seller");
    }

    /**
     * @param buyer where the customer receives e-invoices; a customer without one gets no Peppol e-invoice, the
     *              caller decides what to do instead
     * @throws IllegalArgumentException when the invoice's figures do not add up, a party lacks what EN 16931
     *                                  requires (name, country) or has a VAT number that cannot be one
     */
    public byte[] invoice(IssuedInvoice issued, ElectronicAddress buyer) {
        return write(EInvoice.of(seller, issued, Objects.requireNonNull(buyer, "buyer")));
    }

    /**
     * @param buyer where the customer receives e-invoices (see {@link #invoice})
     * @throws IllegalArgumentException as {@link #invoice} does, for the cancelled invoice
     */
    public byte[] creditNote(CreditNote note, ElectronicAddress buyer) {
        return write(EInvoice.of(seller, note, Objects.requireNonNull(buyer, "buyer")));
    }

    /** @throws IllegalArgumentException when the buyer has no electronic address: Peppol delivers to it */
    static byte[] write(EInvoice document) {
        if (document.buyer().address() == null) {
            throw new IllegalArgumentException("a Peppol e-invoice needs the buyer's electronic address");
        }
        return document.isCreditNote() ? creditNote(document) : invoice(document);
    }

    private static byte[] invoice(EInvoice document) {
        InvoiceType ubl = new InvoiceType();
        ubl.setCustomizationID(CUSTOMIZATION_ID);
        ubl.setProfileID(PROFILE_ID);
        ubl.setID(document.number());
        ubl.setIssueDate(document.issueDate());
        ubl.setDueDate(document.dueDate());
        ubl.setInvoiceTypeCode(document.typeCode());
        ubl.setDocumentCurrencyCode(EInvoice.CURRENCY);
        ubl.setBuyerReference(document.buyerReference());
        ubl.addInvoicePeriod(billedPeriod(document));
        ubl.setAccountingSupplierParty(UblParties.supplier(document.seller()));
        ubl.setAccountingCustomerParty(UblParties.customer(document.buyer()));
        ubl.addPaymentMeans(creditTransfer(document.payment()));
        ubl.addPaymentTerms(terms(document.paymentTerms()));
        ubl.addTaxTotal(UblTotals.taxTotal(document));
        ubl.setLegalMonetaryTotal(UblTotals.legalMonetaryTotal(document));
        UblLines.invoiceLines(document).forEach(ubl::addInvoiceLine);
        return JaxbXml.marshal(UBL21Marshaller::invoice, ubl, "UBL document " + document.number(), true);
    }

    private static byte[] creditNote(EInvoice document) {
        CreditNoteType ubl = new CreditNoteType();
        ubl.setCustomizationID(CUSTOMIZATION_ID);
        ubl.setProfileID(PROFILE_ID);
        ubl.setID(document.number());
        ubl.setIssueDate(document.issueDate());
        ubl.setCreditNoteTypeCode(document.typeCode());
        ubl.setDocumentCurrencyCode(EInvoice.CURRENCY);
        ubl.setBuyerReference(document.buyerReference());
        ubl.addInvoicePeriod(billedPeriod(document));
        ubl.addBillingReference(cancels(document.cancels()));
        ubl.setAccountingSupplierParty(UblParties.supplier(document.seller()));
        ubl.setAccountingCustomerParty(UblParties.customer(document.buyer()));
        ubl.addPaymentTerms(terms(document.paymentTerms()));
        ubl.addTaxTotal(UblTotals.taxTotal(document));
        ubl.setLegalMonetaryTotal(UblTotals.legalMonetaryTotal(document));
        UblLines.creditNoteLines(document).forEach(ubl::addCreditNoteLine);
        return JaxbXml.marshal(UBL21Marshaller::creditNote, ubl, "UBL document " + document.number(), true);
    }

    private static PeriodType billedPeriod(EInvoice document) {
        PeriodType period = new PeriodType();
        period.setStartDate(document.period().atDay(1));
        period.setEndDate(document.period().atEndOfMonth());
        return period;
    }

    private static BillingReferenceType cancels(EInvoice.Reference cancelled) {
        DocumentReferenceType invoice = new DocumentReferenceType();
        invoice.setID(cancelled.number());
        invoice.setIssueDate(cancelled.issueDate());
        BillingReferenceType reference = new BillingReferenceType();
        reference.setInvoiceDocumentReference(invoice);
        return reference;
    }

    private static PaymentMeansType creditTransfer(EInvoice.Payment payment) {
        FinancialAccountType account = new FinancialAccountType();
        account.setID(payment.iban());
        account.setName(payment.accountName());
        if (payment.bic() != null) {
            BranchType branch = new BranchType();
            branch.setID(payment.bic());
            account.setFinancialInstitutionBranch(branch);
        }
        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode(payment.code());
        means.addPaymentID(new PaymentIDType(payment.remittance()));
        means.setPayeeFinancialAccount(account);
        return means;
    }

    private static PaymentTermsType terms(String text) {
        PaymentTermsType terms = new PaymentTermsType();
        terms.addNote(new NoteType(text));
        return terms;
    }
}
