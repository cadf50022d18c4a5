package lu.mixvoip.billing.einvoice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.xml.bind.Marshaller;

import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.list.ErrorList;
import com.helger.jaxb.GenericJAXBMarshaller;
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
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * Writes issued invoices and credit notes as Peppol BIS Billing 3.0 UBL 2.1 documents (EN 16931): the content the
 * PDF shows, for buyers that only take e-invoices (Luxembourg's public bodies).
 *
 * <p>A credit note states the cancelled invoice's lines and totals as they were, positive: in EN 16931 the document
 * type (381) is what credits them, and negative amounts in a credit note would mean the opposite, a debit. The PDF
 * prints the same figures negated, for a reader.
 *
 * <p>The same document always gives the same bytes: no clock, random id or default locale reaches the XML, and the
 * namespace prefixes are fixed by ph-ubl. Thread-safe: each call builds and marshals its own objects; the seller is
 * immutable. The first call in a JVM loads ph-ubl's JAXB context, which ph-ubl then keeps: it is slow, the calls
 * after it are not.
 */
public final class UblDocuments {
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            .getBytes(StandardCharsets.US_ASCII);
    private final SellerParty seller;

    public UblDocuments(SellerParty seller) {
        this.seller = Objects.requireNonNull(seller, "seller");
    }

    /**
     * @param buyer where the customer receives e-invoices; a customer without one gets no e-invoice, the caller
     *              decides what to do instead
     * @throws IllegalArgumentException when the invoice's figures do not add up, a party lacks what EN 16931
     *                                  requires (name, country) or has a VAT number that cannot be one
     */
    public byte[] invoice(IssuedInvoice issued, ElectronicAddress buyer) {
        Objects.requireNonNull(issued, "invoice");
        Objects.requireNonNull(buyer, "buyer");
        Invoice invoice = issued.invoice();
        VatCategory category = VatCategory.of(invoice.vatTreatment());
        UblTotals totals = new UblTotals(invoice, category);
        UblTexts texts = UblTexts.of(invoice.customer().language());

        InvoiceType ubl = new InvoiceType();
        ubl.setCustomizationID(PeppolBis.CUSTOMIZATION_ID);
        ubl.setProfileID(PeppolBis.PROFILE_ID);
        ubl.setID(issued.number());
        ubl.setIssueDate(issued.issueDate());
        ubl.setDueDate(issued.dueDate());
        ubl.setInvoiceTypeCode(PeppolBis.INVOICE);
        ubl.setDocumentCurrencyCode(PeppolBis.CURRENCY);
        ubl.setBuyerReference(invoice.customer().id());
        ubl.addInvoicePeriod(billedPeriod(invoice.period()));
        ubl.setAccountingSupplierParty(UblParties.supplier(seller));
        ubl.setAccountingCustomerParty(UblParties.customer(invoice.customer(), buyer));
        ubl.addPaymentMeans(creditTransfer(issued.number()));
        ubl.addPaymentTerms(terms(texts.paymentTerms(ChronoUnit.DAYS.between(issued.issueDate(), issued.dueDate()),
                issued.number())));
        ubl.addTaxTotal(totals.taxTotal());
        ubl.setLegalMonetaryTotal(totals.legalMonetaryTotal());
        new UblLines(texts, category, invoice.vatRate(), invoice.period()).invoiceLines(invoice.lines())
                .forEach(ubl::addInvoiceLine);
        return marshal(UBL21Marshaller.invoice(), ubl, issued.number());
    }

    /**
     * @param buyer where the customer receives e-invoices (see {@link #invoice})
     * @throws IllegalArgumentException as {@link #invoice} does, for the cancelled invoice
     */
    public byte[] creditNote(CreditNote note, ElectronicAddress buyer) {
        Objects.requireNonNull(note, "credit note");
        Objects.requireNonNull(note.cancelled(), "cancelled invoice");
        Objects.requireNonNull(buyer, "buyer");
        IssuedInvoice cancelled = note.cancelled();
        Invoice invoice = cancelled.invoice();
        VatCategory category = VatCategory.of(invoice.vatTreatment());
        UblTotals totals = new UblTotals(invoice, category);
        UblTexts texts = UblTexts.of(invoice.customer().language());

        CreditNoteType ubl = new CreditNoteType();
        ubl.setCustomizationID(PeppolBis.CUSTOMIZATION_ID);
        ubl.setProfileID(PeppolBis.PROFILE_ID);
        ubl.setID(note.number());
        ubl.setIssueDate(note.issueDate());
        ubl.setCreditNoteTypeCode(PeppolBis.CREDIT_NOTE);
        ubl.setDocumentCurrencyCode(PeppolBis.CURRENCY);
        ubl.setBuyerReference(invoice.customer().id());
        ubl.addInvoicePeriod(billedPeriod(invoice.period()));
        ubl.addBillingReference(cancels(cancelled));
        ubl.setAccountingSupplierParty(UblParties.supplier(seller));
        ubl.setAccountingCustomerParty(UblParties.customer(invoice.customer(), buyer));
        ubl.addPaymentTerms(terms(texts.creditNoteSettlement()));
        ubl.addTaxTotal(totals.taxTotal());
        ubl.setLegalMonetaryTotal(totals.legalMonetaryTotal());
        new UblLines(texts, category, invoice.vatRate(), invoice.period()).creditNoteLines(invoice.lines())
                .forEach(ubl::addCreditNoteLine);
        return marshal(UBL21Marshaller.creditNote(), ubl, note.number());
    }

    private static PeriodType billedPeriod(YearMonth month) {
        PeriodType period = new PeriodType();
        period.setStartDate(month.atDay(1));
        period.setEndDate(month.atEndOfMonth());
        return period;
    }

    /** The invoice a credit note cancels, by number and date (EU VAT Directive art. 219, EN 16931 BG-3). */
    private static BillingReferenceType cancels(IssuedInvoice cancelled) {
        DocumentReferenceType invoice = new DocumentReferenceType();
        invoice.setID(cancelled.number());
        invoice.setIssueDate(cancelled.issueDate());
        BillingReferenceType reference = new BillingReferenceType();
        reference.setInvoiceDocumentReference(invoice);
        return reference;
    }

    /** SEPA credit transfer to the seller's account, the invoice number as remittance reference. */
    private PaymentMeansType creditTransfer(String invoiceNumber) {
        Seller config = seller.seller();
        FinancialAccountType account = new FinancialAccountType();
        account.setID(config.iban().replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
        account.setName(XmlText.clean(config.name()));
        String bic = XmlText.clean(config.bic());
        if (bic != null) {
            BranchType branch = new BranchType();
            branch.setID(bic);
            account.setFinancialInstitutionBranch(branch);
        }
        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode(PeppolBis.SEPA_CREDIT_TRANSFER);
        means.addPaymentID(new PaymentIDType(invoiceNumber));
        means.setPayeeFinancialAccount(account);
        return means;
    }

    private static PaymentTermsType terms(String text) {
        PaymentTermsType terms = new PaymentTermsType();
        terms.addNote(new NoteType(text));
        return terms;
    }

    private static <T> byte[] marshal(GenericJAXBMarshaller<T> marshaller, T document, String number) {
        ErrorList errors = new ErrorList();
        marshaller.setCollectErrors(errors);
        marshaller.setUseSchema(false); // checked against the schema and the Peppol rules by the tests, not per file
        marshaller.setFormattedOutput(true);
        marshaller.setCharset(StandardCharsets.UTF_8);
        // JAXB's own UTF-8 writer, as configured by ph-ubl (prefixes, indentation): ph-xml's stream writer, which
        // getAsBytes uses, copies its namespace context at every element of every document.
        ByteArrayOutputStream xml = new ByteArrayOutputStream(16 * 1024);
        xml.writeBytes(DECLARATION);
        boolean written = marshaller.write(document, (jaxb, element) -> {
            jaxb.setProperty(Marshaller.JAXB_FRAGMENT, true); // the declaration above, without standalone="yes"
            jaxb.setProperty("org.glassfish.jaxb.indentString", "  ");
            jaxb.marshal(element, xml);
        }).isSuccess();
        List<String> problems = errors.stream().filter(IError::isError)
                .map(e -> e.getAsString(Locale.ROOT)).toList();
        if (!written || !problems.isEmpty()) {
            throw new IllegalStateException("UBL document " + number + " breaks the UBL 2.1 schema: " + problems);
        }
        return xml.toByteArray();
    }
}
