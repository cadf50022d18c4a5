package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.einvoice.CiiRules;
import lu.mixvoip.billing.einvoice.PeppolRules;
import lu.mixvoip.billing.einvoice.UblXml;
import lu.mixvoip.billing.pdf.PdfA;

/**
 * Every document a run writes, as a customer's software, a Peppol access point and an archive will read it: each PDF
 * is PDF/A-3b for veraPDF and a Factur-X invoice whose factur-x.xml passes the official EN 16931 CII rules with no
 * error and states the totals of summary.csv, for every customer; each UBL beside it (customers with an electronic
 * address) passes the official Peppol BIS Billing 3.0 rules and states the same totals. For every acceptance case on
 * both stores, for a re-bill's credit notes and new invoices, and for a preview, whose PDFs carry no XML.
 */
class EInvoicesIT {
    /** A seller that can send e-invoices: a valid Luxembourg VAT number (9938:LU12345613) and an IBAN. */
    static final List<String> SELLER = List.of("--billing.seller.vat-number=LU12345613",
            "--billing.seller.iban=LU28 0019 4006 4475 0000", "--billing.seller.bic=BCEELULL");

    static Stream<Arguments> cases() {
        return Fixtures.acceptanceCases().stream().flatMap(c -> Stream.of(Store.values())
                .map(store -> Arguments.of(c, store)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void everyDocumentOfACaseIsAValidEInvoiceAndAnArchivalPdf(Path folder, Store store, @TempDir Path work)
            throws IOException {
        String month = Fixtures.monthOf(folder);

        BillingRunner.Result result = bill(store.options(work), folder, work, month);

        boolean rejects = !Fixtures.rejectPairs(folder.resolve("expected-rejects.csv")).isEmpty();
        assertThat(result.exitCode()).as(result.err()).isEqualTo(rejects ? 3 : 0);
        Path outputs = work.resolve("out").resolve(month);
        Map<String, String[]> summary = summaryRows(outputs.resolve("summary.csv"));
        Documents documents = checkEveryDocument(outputs.resolve("invoices"));
        assertThat(documents.ubl()).as("a UBL for every customer with a VAT number or a peppol_id").isNotEmpty();
        assertThat(documents.facturX()).as("a Factur-X PDF for every invoice in force").hasSize(summary.size());
        for (Path xml : documents.ubl()) {
            UblXml ubl = new UblXml(Files.readAllBytes(xml));
            String[] row = summary.get(ubl.text("cbc:ID"));
            assertThat(row).as(xml + " is in force").isNotNull();
            assertThat(ubl.amount("cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount")).isEqualTo(new BigDecimal(row[8]));
            assertThat(ubl.amount("cac:TaxTotal/cbc:TaxAmount")).isEqualTo(new BigDecimal(row[10]));
            assertThat(ubl.amount("cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo(new BigDecimal(row[11]));
            assertThat(ubl.text("cbc:BuyerReference")).isEqualTo(row[1]);
        }
        for (UblXml cii : documents.facturX()) {
            String[] row = summary.get(cii.text("rsm:ExchangedDocument/ram:ID"));
            assertThat(row).as(cii.text("rsm:ExchangedDocument/ram:ID") + " is in force").isNotNull();
            assertThat(cii.amount(CII_TOTALS + "ram:TaxBasisTotalAmount")).isEqualTo(new BigDecimal(row[8]));
            assertThat(cii.amount(CII_TOTALS + "ram:TaxTotalAmount")).isEqualTo(new BigDecimal(row[10]));
            assertThat(cii.amount(CII_TOTALS + "ram:GrandTotalAmount")).isEqualTo(new BigDecimal(row[11]));
            assertThat(cii.amount(CII_TOTALS + "ram:DuePayableAmount")).isEqualTo(new BigDecimal(row[11]));
            assertThat(cii.text("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/"
                    + "ram:BuyerReference")).isEqualTo(row[1]);
        }
        assertThat(result.out()).containsPattern("e-invoices +" + summary.size() + " Factur-X PDFs, "
                + documents.ubl().size() + " Peppol UBL written");
    }

    @Test
    void aRebillsCreditNotesAndNewInvoicesAndAPreviewAreValidToo(@TempDir Path work) throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));
        List<String> store = Store.H2.options(work);
        assertThat(bill(store, input, work, "2026-10").exitCode()).isEqualTo(3);
        Fixtures.edit(input.resolve("customers.csv"), text -> text.replace("12 rue de la Gare", "14 rue de la Gare"));
        Fixtures.edit(input.resolve("interventions.csv"), text -> text
                + "I040,C003,T-1040,jdoe,2026-10-27T10:00,2026-10-27T10:40,REMOTE,ENGINEER,Added after review\n");

        BillingRunner.Result preview = bill(store, input, work, "2026-10", "--rebill", "--dry-run",
                "--issue-date=2026-11-20");
        assertThat(preview.exitCode()).as(preview.err()).isEqualTo(3);
        Path outputs = work.resolve("out/2026-10");
        assertThat(checkEveryDocument(outputs.resolve("preview/credit-notes")).ubl()).hasSize(1);
        assertThat(checkEveryDocument(outputs.resolve("preview/invoices")).ubl()).hasSize(1);

        BillingRunner.Result rebill = bill(store, input, work, "2026-10", "--rebill", "--issue-date=2026-11-20");

        assertThat(rebill.exitCode()).as(rebill.err()).isEqualTo(3);
        // Once issued, the documents it previewed are the month's; the preview would only be mistaken for them.
        assertThat(outputs.resolve("preview")).doesNotExist();
        // C001 (a Luxembourg VAT number: an electronic address) and C003 (none: no UBL, a Factur-X PDF) changed.
        Documents creditNotes = checkEveryDocument(outputs.resolve("credit-notes"));
        assertThat(creditNotes.ubl()).extracting(p -> p.getFileName().toString()).containsExactly("CN-2026-000001.xml");
        UblXml cancelling = new UblXml(Files.readAllBytes(creditNotes.ubl().get(0)));
        assertThat(cancelling.text("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"))
                .isEqualTo("INV-2026-000001");
        assertThat(creditNotes.facturX()).hasSize(2).allSatisfy(cii -> {
            assertThat(cii.text("rsm:ExchangedDocument/ram:TypeCode")).isEqualTo("381");
            assertThat(cii.text("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
                    + "ram:InvoiceReferencedDocument/ram:IssuerAssignedID")).startsWith("INV-2026-");
        });
        Map<String, String[]> cancelled = summaryRows(Fixtures.acceptanceCase("basic-2026-10")
                .resolve("expected-summary.csv"));
        for (UblXml cii : creditNotes.facturX()) {
            String[] row = cancelled.get(cii.text("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
                    + "ram:InvoiceReferencedDocument/ram:IssuerAssignedID"));
            assertThat(cii.amount(CII_TOTALS + "ram:TaxBasisTotalAmount")).isEqualTo(new BigDecimal(row[8]));
            assertThat(cii.amount(CII_TOTALS + "ram:TaxTotalAmount")).isEqualTo(new BigDecimal(row[10]));
            assertThat(cii.amount(CII_TOTALS + "ram:GrandTotalAmount")).isEqualTo(new BigDecimal(row[11]));
        }
        Documents invoices = checkEveryDocument(outputs.resolve("invoices"));
        assertThat(invoices.ubl()).extracting(p -> p.getFileName().toString())
                .contains("INV-2026-000009.xml").doesNotContain("INV-2026-000010.xml");
        assertThat(invoices.facturX()).extracting(cii -> cii.text("rsm:ExchangedDocument/ram:ID"))
                .contains("INV-2026-000009", "INV-2026-000010");
        Map<String, String[]> inForce = summaryRows(outputs.resolve("summary.csv"));
        for (UblXml cii : invoices.facturX()) {
            String[] row = inForce.get(cii.text("rsm:ExchangedDocument/ram:ID"));
            if (row != null) { // the cancelled invoices are not in force any more
                assertThat(cii.amount(CII_TOTALS + "ram:GrandTotalAmount")).isEqualTo(new BigDecimal(row[11]));
            }
        }
    }

    private static final String CII_TOTALS = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
            + "ram:SpecifiedTradeSettlementHeaderMonetarySummation/";

    /** A folder's UBL files, by name, and the factur-x.xml of its PDFs, in file order. */
    record Documents(List<Path> ubl, List<UblXml> facturX) {
    }

    /**
     * Checks every PDF of a folder (PDF/A-3b; an issued one a Factur-X invoice whose CII passes the EN 16931 CII
     * rules, a preview without any XML inside) and every UBL beside them (Peppol rules, no error, never attached).
     */
    static Documents checkEveryDocument(Path folder) throws IOException {
        boolean preview = folder.getParent().getFileName().toString().equals("preview");
        List<Path> ubl = new ArrayList<>();
        List<UblXml> facturX = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                byte[] content = Files.readAllBytes(pdf);
                assertThat(PdfA.failedRules(content)).as(pdf + " as PDF/A-3b").isEmpty();
                byte[] cii = PdfA.attachment(content);
                if (preview) {
                    assertThat(cii).as(pdf + ": a preview carries no machine-readable invoice").isNull();
                } else {
                    assertThat(cii).as(pdf + "'s factur-x.xml").isNotNull();
                    assertThat(CiiRules.validate(cii).errors()).as(pdf + "'s factur-x.xml against EN 16931").isEmpty();
                    assertThat(new String(PdfA.metadata(content), StandardCharsets.UTF_8))
                            .contains("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>");
                    facturX.add(new UblXml(cii));
                }
                Path xml = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".xml"));
                if (Files.exists(xml)) {
                    byte[] eInvoice = Files.readAllBytes(xml);
                    assertThat(cii).as(pdf + " carries the CII, not the UBL").isNotEqualTo(eInvoice);
                    PeppolRules.Findings findings = pdf.getFileName().toString().startsWith("CN-")
                            ? PeppolRules.creditNote(eInvoice) : PeppolRules.invoice(eInvoice);
                    assertThat(findings.errors()).as(xml + " against the Peppol rules").isEmpty();
                    ubl.add(xml);
                }
            }
        }
        return new Documents(ubl, facturX);
    }

    private static Map<String, String[]> summaryRows(Path summary) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(summary);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            rows.put(cells[0], cells);
        }
        return rows;
    }

    private static BillingRunner.Result bill(List<String> store, Path input, Path work, String month,
                                             String... extra) {
        List<String> options = new ArrayList<>(SELLER);
        options.addAll(List.of(extra));
        return BillingRunner.bill(store, input, work, month, options.toArray(String[]::new));
    }
}
