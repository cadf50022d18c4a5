package lu.mixvoip.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * The Factur-X CII of every sample invoice and its credit note states the figures of the document it comes from,
 * and the same as its UBL (CiiDocumentsRulesIT runs them through the official EN 16931 rules).
 */
class CiiDocumentsTest {
    static final CiiDocuments DOCUMENTS = new CiiDocuments(EinvoiceSamples.SELLER_PARTY);
    private static final String SETTLEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/";
    private static final String TOTALS = SETTLEMENT + "ram:SpecifiedTradeSettlementHeaderMonetarySummation/";
    private static final String LINES = "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem";

    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void invoiceStatesTheInvoicesFiguresAndTheUblsToo(String name, IssuedInvoice issued) {
        UblXml cii = new UblXml(invoiceXml(issued));
        Invoice invoice = issued.invoice();

        assertThat(cii.rootName()).isEqualTo("CrossIndustryInvoice");
        assertThat(cii.text("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"))
                .isEqualTo("urn:cen.eu:en16931:2017");
        assertThat(cii.text("rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("380");
        assertThat(cii.text("rsm:ExchangedDocument/ram:ID")).isEqualTo(issued.number());
        assertThat(cii.text("rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString")).isEqualTo("20261101");
        assertThat(cii.text(SETTLEMENT + "ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"))
                .isEqualTo("20261201");
        assertTotals(cii, invoice.fees(), invoice.labour(), invoice.travel(), invoice.totalExclVat(), invoice.vat(),
                invoice.totalInclVat());
        assertThat(cii.texts(LINES)).hasSize(invoice.lines().size());
        assertSameAsUbl(cii, new UblXml(UblDocumentsTest.invoiceXml(issued)), "cac:InvoiceLine",
                "cbc:InvoicedQuantity");
    }

    /** A credit note: type 381, the cancelled invoice by number and date, what it credits positive. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void creditNoteIs381ReferencingTheCancelledInvoice(String name, IssuedInvoice issued) {
        CreditNote note = EinvoiceSamples.creditNoteOf(issued);
        UblXml cii = new UblXml(creditNoteXml(note));
        Invoice invoice = issued.invoice();

        assertThat(cii.text("rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("381");
        assertThat(cii.text("rsm:ExchangedDocument/ram:ID")).isEqualTo(note.number());
        assertThat(cii.text(SETTLEMENT + "ram:InvoiceReferencedDocument/ram:IssuerAssignedID"))
                .isEqualTo(issued.number());
        assertThat(cii.text(SETTLEMENT + "ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString"))
                .isEqualTo("20261101");
        assertThat(cii.texts(SETTLEMENT + "ram:SpecifiedTradeSettlementPaymentMeans")).isEmpty();
        assertTotals(cii, invoice.fees(), invoice.labour(), invoice.travel(), invoice.totalExclVat(), invoice.vat(),
                invoice.totalInclVat());
        assertThat(cii.amounts("//ram:LineTotalAmount | //ram:ChargeAmount | //ram:GrandTotalAmount"))
                .allSatisfy(amount -> assertThat(amount.signum()).isNotNegative());
        assertSameAsUbl(cii, new UblXml(UblDocumentsTest.creditNoteXml(note)), "cac:CreditNoteLine",
                "cbc:CreditedQuantity");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void aCustomerWithoutAnElectronicAddressGetsOneToo(String name, IssuedInvoice issued) {
        UblXml without = new UblXml(DOCUMENTS.invoice(issued, null));
        UblXml with = new UblXml(invoiceXml(issued));

        String buyer = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/";
        assertThat(without.texts(buyer + "ram:URIUniversalCommunication")).isEmpty();
        assertThat(with.text(buyer + "ram:URIUniversalCommunication/ram:URIID/@schemeID"))
                .isEqualTo(EinvoiceSamples.addressOf(issued.invoice().customer()).scheme());
        assertThat(without.amount(TOTALS + "ram:DuePayableAmount")).isEqualTo(issued.invoice().totalInclVat());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void theSameDocumentGivesTheSameBytes(String name, IssuedInvoice invoice) {
        assertThat(invoiceXml(invoice)).isEqualTo(new CiiDocuments(EinvoiceSamples.SELLER_PARTY).invoice(invoice,
                EinvoiceSamples.addressOf(invoice.invoice().customer())));
        CreditNote note = EinvoiceSamples.creditNoteOf(invoice);
        assertThat(creditNoteXml(note)).isEqualTo(creditNoteXml(note));
        assertThat(new String(invoiceXml(invoice), StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rsm:CrossIndustryInvoice");
    }

    /** Each thread writes into one buffer again and again: a document's bytes are its own, not the buffer's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lu.mixvoip.billing.einvoice.UblDocumentsTest#samples")
    void aDocumentWrittenAfterAnotherKeepsItsBytes(String name, IssuedInvoice invoice) {
        byte[] first = invoiceXml(invoice);
        byte[] copy = first.clone();
        byte[] second = creditNoteXml(EinvoiceSamples.creditNoteOf(invoice));

        assertThat(first).isEqualTo(copy);
        assertThat(second).isNotEqualTo(first);
        assertThat(new String(second, StandardCharsets.UTF_8)).endsWith("</rsm:CrossIndustryInvoice>");
    }

    @Test
    void datesAreWrittenAsCcyymmdd() {
        assertThat(CiiDocuments.ccyymmdd(LocalDate.of(2026, 3, 5))).isEqualTo("20260305");
        assertThat(CiiDocuments.ccyymmdd(LocalDate.of(2026, 12, 31))).isEqualTo("20261231");
        assertThat(CiiDocuments.ccyymmdd(LocalDate.of(1000, 1, 1))).isEqualTo("10000101");
        assertThatThrownBy(() -> CiiDocuments.ccyymmdd(LocalDate.of(999, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0999-12-31");
        assertThatThrownBy(() -> CiiDocuments.ccyymmdd(LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The CII's totals are the document's, to the cent; fees, labour and travel are its lines of each kind. */
    static void assertTotals(UblXml cii, BigDecimal fees, BigDecimal labour, BigDecimal travel,
                             BigDecimal totalExclVat, BigDecimal vat, BigDecimal totalInclVat) {
        assertThat(sumOfLines(cii, "FEE-")).isEqualByComparingTo(fees);
        assertThat(sumOfLines(cii, "LABOUR-")).isEqualByComparingTo(labour);
        assertThat(sumOfLines(cii, "TRAVEL-")).isEqualByComparingTo(travel);
        assertThat(cii.amount(TOTALS + "ram:LineTotalAmount")).isEqualTo(totalExclVat);
        assertThat(cii.amount(TOTALS + "ram:TaxBasisTotalAmount")).isEqualTo(totalExclVat);
        assertThat(cii.amount(TOTALS + "ram:TaxTotalAmount")).isEqualTo(vat);
        assertThat(cii.text(TOTALS + "ram:TaxTotalAmount/@currencyID")).isEqualTo("EUR");
        assertThat(cii.amount(TOTALS + "ram:GrandTotalAmount")).isEqualTo(totalInclVat);
        assertThat(cii.amount(TOTALS + "ram:DuePayableAmount")).isEqualTo(totalInclVat);
        assertThat(cii.amount(SETTLEMENT + "ram:ApplicableTradeTax/ram:BasisAmount")).isEqualTo(totalExclVat);
        assertThat(cii.amount(SETTLEMENT + "ram:ApplicableTradeTax/ram:CalculatedAmount")).isEqualTo(vat);
    }

    /** Both syntaxes state the same parties, VAT breakdown, payment and lines, as each names them. */
    private static void assertSameAsUbl(UblXml cii, UblXml ubl, String ublLines, String ublQuantity) {
        String agreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/";
        assertThat(cii.text(agreement + "ram:BuyerReference")).isEqualTo(ubl.text("cbc:BuyerReference"));
        assertThat(cii.text(agreement + "ram:SellerTradeParty/ram:Name"))
                .isEqualTo(ubl.text("cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"));
        assertThat(cii.text(agreement + "ram:BuyerTradeParty/ram:Name"))
                .isEqualTo(ubl.text("cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"));
        assertThat(cii.texts(agreement + "ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID"))
                .isEqualTo(ubl.texts("cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID"));
        assertThat(cii.text(agreement + "ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CountryID"))
                .isEqualTo(ubl.text("cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/"
                        + "cbc:IdentificationCode"));
        String tax = SETTLEMENT + "ram:ApplicableTradeTax/";
        assertThat(cii.text(tax + "ram:CategoryCode")).isEqualTo(ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID"));
        assertThat(cii.text(tax + "ram:RateApplicablePercent"))
                .isEqualTo(ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent"));
        assertThat(cii.text(tax + "ram:ExemptionReasonCode"))
                .isEqualTo(ubl.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode"));
        String means = SETTLEMENT + "ram:SpecifiedTradeSettlementPaymentMeans/";
        assertThat(cii.text(means + "ram:TypeCode")).isEqualTo(ubl.text("cac:PaymentMeans/cbc:PaymentMeansCode"));
        assertThat(cii.text(means + "ram:PayeePartyCreditorFinancialAccount/ram:IBANID"))
                .isEqualTo(ubl.text("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"));
        assertThat(cii.text(SETTLEMENT + "ram:PaymentReference")).isEqualTo(ubl.text("cac:PaymentMeans/cbc:PaymentID"));
        assertThat(cii.texts(LINES + "/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"))
                .isEqualTo(ubl.texts(ublLines + "/" + ublQuantity));
        assertThat(cii.texts(LINES + "/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"))
                .isEqualTo(ubl.texts(ublLines + "/cac:Price/cbc:PriceAmount"));
        assertThat(cii.texts(LINES + "/ram:SpecifiedTradeProduct/ram:Name"))
                .isEqualTo(ubl.texts(ublLines + "/cac:Item/cbc:Name"));
        assertThat(cii.texts(LINES + "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic/ram:Value"))
                .isEqualTo(ubl.texts(ublLines + "/cac:Item/cac:AdditionalItemProperty/cbc:Value"));
    }

    private static BigDecimal sumOfLines(UblXml cii, String kind) {
        return cii.amounts(LINES + "[starts-with(ram:SpecifiedTradeProduct/ram:SellerAssignedID, '" + kind
                + "')]/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/"
                + "ram:LineTotalAmount").stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static byte[] invoiceXml(IssuedInvoice invoice) {
        return DOCUMENTS.invoice(invoice, EinvoiceSamples.addressOf(invoice.invoice().customer()));
    }

    static byte[] creditNoteXml(CreditNote note) {
        return DOCUMENTS.creditNote(note, EinvoiceSamples.addressOf(note.cancelled().invoice().customer()));
    }
}
