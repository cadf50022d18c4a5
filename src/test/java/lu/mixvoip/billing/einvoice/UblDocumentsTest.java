package lu.mixvoip.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;

/**
 * Every sample invoice and its credit note state the figures of the document they come from, as EN 16931 and Peppol
 * want them (UblDocumentsRulesIT runs them through the official rules).
 */
class UblDocumentsTest {
    private static final UblDocuments DOCUMENTS = new UblDocuments(EinvoiceSamples.SELLER_PARTY);

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("domestic LU 17 % fr", EinvoiceSamples.domestic()),
                Arguments.of("BE with VAT number, reverse charge, fr", EinvoiceSamples.reverseCharge()),
                Arguments.of("DE without VAT number, 17 %, de", EinvoiceSamples.euWithoutVatNumber()),
                Arguments.of("CH outside the EU, en", EinvoiceSamples.outsideEu()),
                Arguments.of("NL reverse charge, tier change, en", EinvoiceSamples.tierChange()),
                Arguments.of("included work only, total 0.00", EinvoiceSamples.zeroTotal()),
                Arguments.of("negotiated fee, included and charged work", EinvoiceSamples.includedAndCharged()),
                Arguments.of("work past the month's last midnight", EinvoiceSamples.pastTheLastMidnight()),
                Arguments.of("forty lines", EinvoiceSamples.multiLine(40)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void invoiceStatesTheInvoicesTotals(String name, IssuedInvoice issued) {
        UblXml xml = new UblXml(invoiceXml(issued));
        Invoice invoice = issued.invoice();

        assertThat(xml.rootName()).isEqualTo("Invoice");
        assertTotals(xml, "cac:InvoiceLine", invoice.fees(), invoice.labour(), invoice.travel(),
                invoice.totalExclVat(), invoice.vat(), invoice.totalInclVat());
        assertThat(xml.texts("cac:InvoiceLine")).hasSize(invoice.lines().size());
    }

    /** The credit note states what it credits, positive; the PDF prints the same figures negated. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void creditNoteStatesTheCreditedTotals(String name, IssuedInvoice issued) {
        CreditNote note = EinvoiceSamples.creditNoteOf(issued);
        UblXml xml = new UblXml(creditNoteXml(note));
        Invoice shown = note.negated();

        assertThat(xml.rootName()).isEqualTo("CreditNote");
        assertTotals(xml, "cac:CreditNoteLine", shown.fees().negate(), shown.labour().negate(),
                shown.travel().negate(), shown.totalExclVat().negate(), shown.vat().negate(),
                shown.totalInclVat().negate());
        assertThat(xml.amounts("//cbc:LineExtensionAmount | //cbc:PriceAmount | //cbc:TaxAmount | //cbc:PayableAmount"))
                .allSatisfy(amount -> assertThat(amount.signum()).isNotNegative());
        assertThat(xml.texts("cac:CreditNoteLine")).hasSize(shown.lines().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSameDocumentGivesTheSameBytes(String name, IssuedInvoice invoice) {
        assertThat(invoiceXml(invoice)).isEqualTo(invoiceXml(invoice));
        CreditNote note = EinvoiceSamples.creditNoteOf(invoice);
        assertThat(creditNoteXml(note)).isEqualTo(creditNoteXml(note));
        assertThat(new UblDocuments(EinvoiceSamples.SELLER_PARTY).invoice(invoice,
                EinvoiceSamples.addressOf(invoice.invoice().customer()))).isEqualTo(invoiceXml(invoice));
    }

    @Test
    void statesTheInvoicesIdentityDatesAndPeriod() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.domestic()));

        assertThat(xml.text("cbc:CustomizationID"))
                .isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
        assertThat(xml.text("cbc:ProfileID")).isEqualTo("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
        assertThat(xml.text("cbc:ID")).isEqualTo("INV-2026-000001");
        assertThat(xml.text("cbc:InvoiceTypeCode")).isEqualTo("380");
        assertThat(xml.text("cbc:IssueDate")).isEqualTo("2026-11-01");
        assertThat(xml.text("cbc:DueDate")).isEqualTo("2026-12-01");
        assertThat(xml.text("cbc:DocumentCurrencyCode")).isEqualTo("EUR");
        assertThat(xml.text("cbc:BuyerReference")).isEqualTo("C-1001");
        assertThat(xml.text("cac:InvoicePeriod/cbc:StartDate")).isEqualTo("2026-10-01");
        assertThat(xml.text("cac:InvoicePeriod/cbc:EndDate")).isEqualTo("2026-10-31");
    }

    @Test
    void creditNoteReferencesTheInvoiceItCancels() {
        UblXml xml = new UblXml(creditNoteXml(EinvoiceSamples.creditNoteOf(EinvoiceSamples.reverseCharge())));

        assertThat(xml.text("cbc:ID")).isEqualTo("CN-2026-000002");
        assertThat(xml.text("cbc:CreditNoteTypeCode")).isEqualTo("381");
        assertThat(xml.text("cbc:IssueDate")).isEqualTo("2026-11-15");
        assertThat(xml.text("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")).isEqualTo("INV-2026-000002");
        assertThat(xml.text("cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate")).isEqualTo("2026-11-01");
        assertThat(xml.texts("cbc:DueDate")).isEmpty();
        assertThat(xml.texts("cac:PaymentMeans")).isEmpty();
        assertThat(xml.text("cac:PaymentTerms/cbc:Note"))
                .isEqualTo("Ce montant sera déduit de votre prochaine facture ou remboursé.");
    }

    @Test
    void namesBothPartiesWithTheirAddressesVatNumbersAndElectronicAddresses() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.reverseCharge()));
        String seller = "cac:AccountingSupplierParty/cac:Party/";
        String buyer = "cac:AccountingCustomerParty/cac:Party/";

        assertThat(xml.text(seller + "cbc:EndpointID")).isEqualTo("LU26375245");
        assertThat(xml.text(seller + "cbc:EndpointID/@schemeID")).isEqualTo("9938");
        assertThat(xml.text(seller + "cac:PartyLegalEntity/cbc:RegistrationName")).isEqualTo("Mixvoip S.A.");
        assertThat(xml.text(seller + "cac:PartyTaxScheme/cbc:CompanyID")).isEqualTo("LU26375245");
        assertThat(xml.text(seller + "cac:PostalAddress/cbc:StreetName")).isEqualTo("70, route d'Esch");
        assertThat(xml.text(seller + "cac:PostalAddress/cbc:PostalZone")).isEqualTo("L-1470");
        assertThat(xml.text(seller + "cac:PostalAddress/cbc:CityName")).isEqualTo("Luxembourg");
        assertThat(xml.text(seller + "cac:PostalAddress/cac:Country/cbc:IdentificationCode")).isEqualTo("LU");

        assertThat(xml.text(buyer + "cbc:EndpointID")).isEqualTo("0477472701");
        assertThat(xml.text(buyer + "cbc:EndpointID/@schemeID")).isEqualTo("0208");
        assertThat(xml.text(buyer + "cac:PartyLegalEntity/cbc:RegistrationName")).isEqualTo("Atelier Lefèvre SRL");
        assertThat(xml.text(buyer + "cac:PartyTaxScheme/cbc:CompanyID")).isEqualTo("BE0477472701");
        assertThat(xml.text(buyer + "cac:PostalAddress/cbc:StreetName")).isEqualTo("Rue des Déportés 41");
        assertThat(xml.text(buyer + "cac:PostalAddress/cac:Country/cbc:IdentificationCode")).isEqualTo("BE");
    }

    @Test
    void aBuyerWithoutVatNumberHasNoVatIdentifier() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.euWithoutVatNumber()));

        assertThat(xml.texts("cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme")).isEmpty();
        assertThat(xml.text("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID/@schemeID")).isEqualTo("0204");
    }

    @Test
    void asksForASepaCreditTransferWithTheInvoiceNumberAsReference() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.domestic()));

        assertThat(xml.text("cac:PaymentMeans/cbc:PaymentMeansCode")).isEqualTo("58");
        assertThat(xml.text("cac:PaymentMeans/cbc:PaymentID")).isEqualTo("INV-2026-000001");
        assertThat(xml.text("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID")).isEqualTo("LU280019400644750000");
        assertThat(xml.text("cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"))
                .isEqualTo("BCEELULL");
        assertThat(xml.text("cac:PaymentTerms/cbc:Note"))
                .isEqualTo("Payable à 30 jours, en indiquant la référence INV-2026-000001.");
    }

    @Test
    void domesticAndEuCustomersWithoutVatNumberPayStandardRateVat() {
        for (IssuedInvoice invoice : List.of(EinvoiceSamples.domestic(), EinvoiceSamples.euWithoutVatNumber())) {
            UblXml xml = new UblXml(invoiceXml(invoice));
            assertThat(xml.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID")).isEqualTo("S");
            assertThat(xml.text("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")).isEqualTo("17.00");
            assertThat(xml.texts("//cac:TaxCategory/cbc:TaxExemptionReasonCode")).isEmpty();
            assertThat(xml.texts("//cac:ClassifiedTaxCategory/cbc:ID")).containsOnly("S");
        }
    }

    @Test
    void anEuCustomerWithVatNumberIsReverseCharged() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.reverseCharge()));
        String category = "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/";

        assertThat(xml.text(category + "cbc:ID")).isEqualTo("AE");
        assertThat(xml.text(category + "cbc:Percent")).isEqualTo("0.00");
        assertThat(xml.text(category + "cbc:TaxExemptionReasonCode")).isEqualTo("VATEX-EU-AE");
        assertThat(xml.text(category + "cbc:TaxExemptionReason"))
                .isEqualTo("Autoliquidation / Reverse charge — art. 196 Directive 2006/112/CE");
        assertThat(xml.texts("//cac:ClassifiedTaxCategory/cbc:ID")).containsOnly("AE");
    }

    @Test
    void aCustomerOutsideTheEuIsExportNotOutOfScope() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.outsideEu()));
        String category = "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/";

        assertThat(xml.text(category + "cbc:ID")).isEqualTo("G");
        assertThat(xml.text(category + "cbc:TaxExemptionReasonCode")).isEqualTo("VATEX-EU-G");
        assertThat(xml.text(category + "cbc:TaxExemptionReason"))
                .isEqualTo("Hors champ de la TVA UE / Outside the scope of EU VAT");
        assertThat(xml.text("cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID"))
                .isEqualTo("CHE123456789MWST");
    }

    @Test
    void labourIsBilledMinutesAtTheHourlyRatePerSixtyMinutes() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.domestic()));
        String line = "cac:InvoiceLine[cbc:ID='2']/";

        assertThat(xml.text(line + "cbc:InvoicedQuantity")).isEqualTo("45");
        assertThat(xml.text(line + "cbc:InvoicedQuantity/@unitCode")).isEqualTo("MIN");
        assertThat(xml.text(line + "cac:Price/cbc:PriceAmount")).isEqualTo("96.00");
        assertThat(xml.text(line + "cac:Price/cbc:BaseQuantity")).isEqualTo("60");
        assertThat(xml.text(line + "cac:Price/cbc:BaseQuantity/@unitCode")).isEqualTo("MIN");
        assertThat(xml.text(line + "cbc:LineExtensionAmount")).isEqualTo("72.00");
        assertThat(xml.text(line + "cac:InvoicePeriod/cbc:StartDate")).isEqualTo("2026-10-05");
        assertThat(xml.text(line + "cac:Item/cbc:Name"))
                .isEqualTo("Intervention T-5512 — Technicien, À distance, Normal");
        assertThat(xml.text(line + "cac:Item/cbc:Description")).isEqualTo("Imprimante du comptoir hors ligne");
        assertThat(xml.texts(line + "cac:Item/cac:AdditionalItemProperty/cbc:Value"))
                .containsExactly("I-1001", "T-5512", "31");
    }

    /** 15 × 133.50 / 60 = 33.375, billed 33.38: within the half cent Peppol's line check tolerates four times over. */
    @Test
    void aHalfCentRoundingIsStatedAsTheCoreRoundsIt() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.reverseCharge()));
        String line = "cac:InvoiceLine[cbc:ID='2']/";

        assertThat(xml.text(line + "cbc:InvoicedQuantity")).isEqualTo("15");
        assertThat(xml.text(line + "cac:Price/cbc:PriceAmount")).isEqualTo("133.50");
        assertThat(xml.text(line + "cbc:LineExtensionAmount")).isEqualTo("33.38");
    }

    @Test
    void aProratedFeeIsActiveDaysAtTheMonthlyFeePerDaysInMonth() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.domestic()));
        String line = "cac:InvoiceLine[cbc:ID='1']/";

        assertThat(xml.text(line + "cbc:InvoicedQuantity")).isEqualTo("17");
        assertThat(xml.text(line + "cbc:InvoicedQuantity/@unitCode")).isEqualTo("DAY");
        assertThat(xml.text(line + "cac:Price/cbc:PriceAmount")).isEqualTo("262.00");
        assertThat(xml.text(line + "cac:Price/cbc:BaseQuantity")).isEqualTo("31");
        assertThat(xml.text(line + "cbc:LineExtensionAmount")).isEqualTo("143.68");
        assertThat(xml.text(line + "cac:InvoicePeriod/cbc:StartDate")).isEqualTo("2026-10-15");
        assertThat(xml.text(line + "cac:InvoicePeriod/cbc:EndDate")).isEqualTo("2026-10-31");
        assertThat(xml.text(line + "cac:Item/cbc:Name")).isEqualTo("Contrat Bureau — forfait mensuel, 17/31 jours");
        assertThat(xml.text(line + "cac:Item/cac:SellersItemIdentification/cbc:ID")).isEqualTo("FEE-OFFICE");
    }

    @Test
    void travelIsOneUnitAtTheZonesFee() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.domestic()));
        String line = "cac:InvoiceLine[last()]/";

        assertThat(xml.text(line + "cbc:InvoicedQuantity")).isEqualTo("1");
        assertThat(xml.text(line + "cbc:InvoicedQuantity/@unitCode")).isEqualTo("C62");
        assertThat(xml.text(line + "cac:Price/cbc:PriceAmount")).isEqualTo("45.00");
        assertThat(xml.texts(line + "cac:Price/cbc:BaseQuantity")).isEmpty();
        assertThat(xml.text(line + "cac:Item/cbc:Name")).isEqualTo("Frais de déplacement — zone 1");
    }

    @Test
    void itemTextsAreInTheCustomersLanguage() {
        UblXml german = new UblXml(invoiceXml(EinvoiceSamples.euWithoutVatNumber()));
        UblXml english = new UblXml(invoiceXml(EinvoiceSamples.outsideEu()));

        assertThat(german.text("cac:InvoiceLine[cbc:ID='1']/cac:Item/cbc:Name"))
                .isEqualTo("Vertrag Unternehmen — Monatspauschale, 1/31 Tage");
        assertThat(german.text("cac:InvoiceLine[cbc:ID='2']/cac:Item/cbc:Name"))
                .isEqualTo("Einsatz T-6001 — Techniker, Fernwartung, Sonn- & Feiertag");
        assertThat(english.text("cac:InvoiceLine[cbc:ID='1']/cac:Item/cbc:Name"))
                .isEqualTo("Support work T-8001 — Engineer, Remote, Off hours");
        assertThat(english.text("cac:PaymentTerms/cbc:Note"))
                .isEqualTo("Payable within 30 days, quoting reference INV-2026-000004.");
    }

    /** Peppol wants line periods inside the invoice period: a piece dated in the next month states its date apart. */
    @Test
    void aPieceDatedAfterTheMonthStatesItsDateAsAProperty() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.pastTheLastMidnight()));

        assertThat(xml.text("cac:InvoiceLine[cbc:ID='1']/cac:InvoicePeriod/cbc:StartDate")).isEqualTo("2026-10-31");
        assertThat(xml.texts("cac:InvoiceLine[cbc:ID='2']/cac:InvoicePeriod")).isEmpty();
        assertThat(xml.text("cac:InvoiceLine[cbc:ID='2']/cac:Item/cac:AdditionalItemProperty[cbc:Name='Date']/cbc:Value"))
                .isEqualTo("2026-11-01");
    }

    @Test
    void includedWorkIsStatedAtAPriceOfZero() {
        UblXml xml = new UblXml(invoiceXml(EinvoiceSamples.zeroTotal()));

        assertThat(xml.texts("cac:InvoiceLine/cbc:InvoicedQuantity")).containsExactly("45", "60", "30");
        assertThat(xml.texts("cac:InvoiceLine/cac:Price/cbc:PriceAmount")).containsOnly("0.00");
        assertThat(xml.text("cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("0.00");
    }

    @Test
    void writesUtf8WithoutAClockOrRandomIds() {
        String text = new String(invoiceXml(EinvoiceSamples.domestic()), StandardCharsets.UTF_8);

        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(text).contains("Boulangerie Schmit S.à r.l.").doesNotContain("UUID").doesNotContain("IssueTime");
    }

    @Test
    void refusesAnInvoiceWhoseFiguresDoNotAddUp() {
        IssuedInvoice good = EinvoiceSamples.reverseCharge();
        Invoice i = good.invoice();
        Invoice wrongTotal = new Invoice(i.customer(), i.period(), i.tier(), i.lines(), i.fees(), i.labour(),
                i.travel(), i.totalExclVat().add(BigDecimal.ONE), i.vatTreatment(), i.vatRate(), i.vat(),
                i.totalInclVat().add(BigDecimal.ONE), i.interventions(), i.billedMinutes());
        Invoice vatOnReverseCharge = new Invoice(i.customer(), i.period(), i.tier(), i.lines(), i.fees(), i.labour(),
                i.travel(), i.totalExclVat(), i.vatTreatment(), new BigDecimal("17.00"), new BigDecimal("39.16"),
                i.totalExclVat().add(new BigDecimal("39.16")), i.interventions(), i.billedMinutes());
        ElectronicAddress buyer = EinvoiceSamples.addressOf(i.customer());

        assertThatThrownBy(() -> DOCUMENTS.invoice(new IssuedInvoice(good.number(), good.issueDate(), good.dueDate(),
                wrongTotal), buyer)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lines sum to");
        assertThatThrownBy(() -> DOCUMENTS.invoice(new IssuedInvoice(good.number(), good.issueDate(), good.dueDate(),
                vatOnReverseCharge), buyer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charges no VAT");
    }

    /** The validator itself is checked: a figure changed by hand must be caught, so a pass means something. */
    @Test
    void theRulesCatchATamperedDocument() {
        String xml = new String(invoiceXml(EinvoiceSamples.domestic()), StandardCharsets.UTF_8)
                .replace("<cbc:LineExtensionAmount currencyID=\"EUR\">72.00</cbc:LineExtensionAmount>",
                        "<cbc:LineExtensionAmount currencyID=\"EUR\">72.10</cbc:LineExtensionAmount>")
                .replace("<cbc:EndpointID schemeID=\"9938\">", "<cbc:EndpointID schemeID=\"9938\" schemeName=\"x\">");

        PeppolRules.Findings findings = PeppolRules.invoice(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(findings.errors()).anyMatch(e -> e.startsWith("PEPPOL-EN16931-R120"))
                .anyMatch(e -> e.startsWith("BR-CO-10"));
        assertThat(findings.warnings()).anyMatch(w -> w.startsWith("UBL-DT-08"));
    }

    @Test
    void theSellerReceivesAtItsVatNumbersAddress() {
        assertThat(EinvoiceSamples.SELLER_PARTY.address()).hasToString("9938:LU26375245");
        Seller noVat = new Seller("X", "s", "p", "c", "LU", null, "LU28 0019 4006 4475 0000", null, null, 30, null, null);
        Seller noIban = new Seller("X", "s", "p", "c", "LU", "LU26375245", " ", null, null, 30, null, null);
        Seller swedish = new Seller("X", "s", "p", "c", "SE", "SE556036079301", "SE45 5000 0000 0583 9825 7466", null,
                null, 30, null, null);

        assertThatThrownBy(() -> SellerParty.of(noVat)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SellerParty(noIban, EinvoiceSamples.SELLER_PARTY.address()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SellerParty.of(swedish)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the seller's VAT number gives no Peppol address");
    }

    /** The XML's totals are the document's, to the cent; fees, labour and travel are its lines of each kind. */
    static void assertTotals(UblXml xml, String lines, BigDecimal fees, BigDecimal labour, BigDecimal travel,
                             BigDecimal totalExclVat, BigDecimal vat, BigDecimal totalInclVat) {
        assertThat(sumOfLines(xml, lines, "FEE-")).isEqualByComparingTo(fees);
        assertThat(sumOfLines(xml, lines, "LABOUR-")).isEqualByComparingTo(labour);
        assertThat(sumOfLines(xml, lines, "TRAVEL-")).isEqualByComparingTo(travel);
        String total = "cac:LegalMonetaryTotal/";
        assertThat(xml.amount(total + "cbc:LineExtensionAmount")).isEqualTo(totalExclVat);
        assertThat(xml.amount(total + "cbc:TaxExclusiveAmount")).isEqualTo(totalExclVat);
        assertThat(xml.amount(total + "cbc:TaxInclusiveAmount")).isEqualTo(totalInclVat);
        assertThat(xml.amount(total + "cbc:PayableAmount")).isEqualTo(totalInclVat);
        assertThat(xml.amount("cac:TaxTotal/cbc:TaxAmount")).isEqualTo(vat);
        assertThat(xml.amount("cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount")).isEqualTo(totalExclVat);
        assertThat(xml.amount("cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount")).isEqualTo(vat);
    }

    private static BigDecimal sumOfLines(UblXml xml, String lines, String kind) {
        return xml.amounts(lines + "[starts-with(cac:Item/cac:SellersItemIdentification/cbc:ID, '" + kind
                + "')]/cbc:LineExtensionAmount").stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static void report(String name, PeppolRules.Findings findings) {
        findings.warnings().forEach(w -> System.out.println("[Peppol warning] " + name + ": " + w));
        findings.errors().forEach(e -> System.out.println("[Peppol ERROR] " + name + ": " + e));
    }

    static byte[] invoiceXml(IssuedInvoice invoice) {
        return DOCUMENTS.invoice(invoice, EinvoiceSamples.addressOf(invoice.invoice().customer()));
    }

    static byte[] creditNoteXml(CreditNote note) {
        return DOCUMENTS.creditNote(note, EinvoiceSamples.addressOf(note.cancelled().invoice().customer()));
    }
}
