package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * Invoices are kept ten years: every file is PDF/A-3b, as veraPDF judges it, with or without the document's Factur-X
 * CII attached; with it, the PDF is a Factur-X invoice (factur-x.xml as the associated file, the Factur-X fields in
 * the XMP metadata), and the attachment read back from the PDF is the CII given, byte for byte. A preview carries
 * none.
 */
class PdfA3InvoicesIT {
    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);

    @Test
    void invoicesCreditNotesAndPreviewsInEveryLanguageAreValidPdfA3bWithAndWithoutTheirXml() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        BiFunction<IssuedInvoice, Boolean, byte[]> xml = (invoice, attached) -> attached
                ? SampleInvoices.facturX(invoice) : null;
        for (boolean attached : new boolean[] {false, true}) {
            String suffix = attached ? " with XML" : "";
            IssuedInvoice schmit = SampleInvoices.schmit();
            files.put("fr, one page" + suffix, renderer.render(schmit, false, xml.apply(schmit, attached)));
            IssuedInvoice muller = SampleInvoices.muller();
            files.put("de, reverse charge" + suffix, renderer.render(muller, false, xml.apply(muller, attached)));
            IssuedInvoice zurich = SampleInvoices.zurich();
            files.put("en, outside the EU" + suffix, renderer.render(zurich, false, xml.apply(zurich, attached)));
            IssuedInvoice weber = SampleInvoices.weber(120);
            files.put("fr, several pages, preview" + suffix, renderer.render(weber, true, xml.apply(weber, attached)));
            IssuedInvoice athens = SampleInvoices.inTheirScript(SampleInvoices.ATHENS, "INV-2026-000008", "T-Ω01",
                    "Επανεκκίνηση διακομιστή", 40);
            files.put("Greek, several pages" + suffix, renderer.render(athens, false, xml.apply(athens, attached)));
            CreditNote note = SampleInvoices.creditNote("CN-2026-000003", SampleInvoices.lefevre());
            files.put("fr credit note, reverse charge" + suffix,
                    renderer.render(note, false, attached ? SampleInvoices.facturX(note) : null));
            CreditNote preview = SampleInvoices.creditNote("CN-2026-000002", SampleInvoices.muller());
            files.put("de credit note, preview" + suffix,
                    renderer.render(preview, true, attached ? SampleInvoices.facturX(preview) : null));
        }

        files.forEach((name, pdf) -> assertThat(PdfA.failedRules(pdf)).as(name).isEmpty());
    }

    @Test
    void theAttachedXmlIsTheAssociatedFileOfTheCatalogAndReadsBackByteForByte() throws Exception {
        IssuedInvoice invoice = SampleInvoices.weber(28);
        byte[] xml = SampleInvoices.facturX(invoice);

        try (PdfReader reader = new PdfReader(renderer.render(invoice, false, xml))) {
            PdfArray associated = reader.getCatalog().getAsArray(new PdfName("AF"));
            assertThat(associated.size()).isEqualTo(1);
            PdfDictionary file = associated.getAsDict(0);
            assertThat(file.get(new PdfName("AFRelationship"))).isEqualTo(new PdfName("Alternative"));
            assertThat(file.getAsString(PdfName.F).toUnicodeString()).isEqualTo("factur-x.xml");
            assertThat(file.getAsString(PdfName.UF).toUnicodeString()).isEqualTo("factur-x.xml");
            PRStream stream = (PRStream) PdfReader.getPdfObject(file.getAsDict(PdfName.EF).get(PdfName.F));
            assertThat(stream.get(PdfName.SUBTYPE)).isEqualTo(new PdfName("text/xml"));
            assertThat(stream.getAsDict(PdfName.PARAMS).getAsString(PdfName.MODDATE).toString())
                    .isEqualTo("D:20261101000000Z");
            assertThat(PdfReader.getStreamBytes(stream)).isEqualTo(xml);

            // The same file is listed among the embedded files a PDF reader shows.
            PdfArray embedded = reader.getCatalog().getAsDict(PdfName.NAMES).getAsDict(PdfName.EMBEDDEDFILES)
                    .getAsArray(PdfName.NAMES);
            assertThat(embedded.size()).as("one embedded file: the CII, no second invoice").isEqualTo(2);
            assertThat(((PdfString) embedded.getPdfObject(0)).toUnicodeString()).isEqualTo("factur-x.xml");
            assertThat(embedded.getAsDict(1)).isSameAs(file);
        }
        try (PdfReader reader = new PdfReader(renderer.render(invoice))) {
            assertThat(reader.getCatalog().get(new PdfName("AF"))).isNull();
            assertThat(reader.getCatalog().get(PdfName.NAMES)).isNull();
        }
    }

    @Test
    void aCreditNoteIsAFacturXInvoiceToo() throws Exception {
        CreditNote note = SampleInvoices.creditNote("CN-2026-000001", SampleInvoices.schmit());
        byte[] xml = SampleInvoices.facturX(note);

        try (PdfReader reader = new PdfReader(renderer.render(note, false, xml))) {
            assertThat(new String(reader.getMetadata(), StandardCharsets.UTF_8)).contains(FACTUR_X_FIELDS);
            PdfDictionary file = reader.getCatalog().getAsArray(new PdfName("AF")).getAsDict(0);
            assertThat(file.getAsString(PdfName.UF).toUnicodeString()).isEqualTo("factur-x.xml");
            PRStream stream = (PRStream) PdfReader.getPdfObject(file.getAsDict(PdfName.EF).get(PdfName.F));
            assertThat(stream.getAsDict(PdfName.PARAMS).getAsString(PdfName.MODDATE).toString())
                    .isEqualTo("D:20261115000000Z");
            assertThat(PdfReader.getStreamBytes(stream)).isEqualTo(xml);
        }
    }

    /** What Factur-X 1.0 readers check in the XMP metadata, and the extension schema PDF/A-3 requires for it. */
    private static final String[] FACTUR_X_FIELDS = {
            "xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\"",
            "<fx:DocumentType>INVOICE</fx:DocumentType>", "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
            "<fx:Version>1.0</fx:Version>", "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
            "<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>",
            "<pdfaSchema:prefix>fx</pdfaSchema:prefix>", "<pdfaProperty:name>DocumentFileName</pdfaProperty:name>",
            "<pdfaProperty:name>DocumentType</pdfaProperty:name>", "<pdfaProperty:name>Version</pdfaProperty:name>",
            "<pdfaProperty:name>ConformanceLevel</pdfaProperty:name>"};

    @Test
    void theXmpMetadataAnnouncesTheFacturXInvoiceOnlyWhenOneIsAttached() throws Exception {
        IssuedInvoice invoice = SampleInvoices.muller();

        try (PdfReader with = new PdfReader(renderer.render(invoice, false, SampleInvoices.facturX(invoice)));
             PdfReader without = new PdfReader(renderer.render(invoice))) {
            assertThat(new String(with.getMetadata(), StandardCharsets.UTF_8)).contains(FACTUR_X_FIELDS);
            assertThat(new String(without.getMetadata(), StandardCharsets.UTF_8)).doesNotContain("fx:", "factur-x");
        }
    }

    /** Software must never take a preview for an invoice: given the CII, a preview still carries none. */
    @Test
    void aPreviewCarriesNoMachineReadableInvoice() throws Exception {
        IssuedInvoice invoice = SampleInvoices.schmit();
        CreditNote note = SampleInvoices.creditNote("CN-2026-000002", SampleInvoices.muller());

        for (byte[] preview : List.of(renderer.render(invoice, true, SampleInvoices.facturX(invoice)),
                renderer.render(note, true, SampleInvoices.facturX(note)))) {
            assertThat(PdfA.attachment(preview)).isNull();
            try (PdfReader reader = new PdfReader(preview)) {
                assertThat(reader.getCatalog().get(PdfName.NAMES)).isNull();
                assertThat(new String(reader.getMetadata(), StandardCharsets.UTF_8)).doesNotContain("fx:");
            }
        }
    }

    @Test
    void xmpMetadataIdentifiesPdfA3bAndRepeatsTheDocumentInformation() throws Exception {
        CreditNote note = SampleInvoices.creditNote("CN-2026-000002", SampleInvoices.muller());

        try (PdfReader reader = new PdfReader(renderer.render(note, true))) {
            String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    ">Gutschrift CN-2026-000002 (PREVIEW)<", ">Mixvoip S.A.<",
                    ">Müller &amp; Söhne GmbH — 01.10.2026 – 31.10.2026<",
                    "<pdf:Keywords>CN-2026-000002 C-2002 INV-2026-000002</pdf:Keywords>",
                    "<xmp:CreatorTool>support-billing</xmp:CreatorTool>",
                    "<pdf:Producer>" + reader.getInfo().get("Producer") + "</pdf:Producer>",
                    "<xmp:CreateDate>2026-11-15T00:00:00Z</xmp:CreateDate>",
                    "<xmp:ModifyDate>2026-11-15T00:00:00Z</xmp:ModifyDate>");
            assertThat(reader.getInfo()).containsEntry("Title", "Gutschrift CN-2026-000002 (PREVIEW)")
                    .containsEntry("CreationDate", "D:20261115000000Z");
            assertThat(reader.getPdfVersion()).isEqualTo('7');
        }
    }

    @Test
    void aDocumentWithItsXmlIsStillTheSameBytesWhenRenderedAgain() {
        IssuedInvoice invoice = SampleInvoices.schmit();
        byte[] xml = SampleInvoices.facturX(invoice);

        byte[] first = renderer.render(invoice, false, xml);
        assertThat(new InvoicePdfRenderer(SampleInvoices.SELLER).render(invoice, false, xml.clone()))
                .isEqualTo(first).isNotEqualTo(renderer.render(invoice));
    }
}
