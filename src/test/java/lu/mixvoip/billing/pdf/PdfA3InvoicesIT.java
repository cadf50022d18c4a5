package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
 * Invoices are kept ten years: every file is PDF/A-3b, as veraPDF judges it, with or without the document's e-invoice
 * XML attached, and the attachment read back from the PDF is the XML given, byte for byte.
 */
class PdfA3InvoicesIT {
    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);

    @Test
    void invoicesCreditNotesAndPreviewsInEveryLanguageAreValidPdfA3bWithAndWithoutTheirXml() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        BiFunction<IssuedInvoice, Boolean, byte[]> xml = (invoice, attached) -> attached
                ? SampleInvoices.eInvoiceXml(invoice.number(), invoice.invoice()) : null;
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
                    renderer.render(note, false, xml.apply(note.cancelled(), attached)));
            CreditNote preview = SampleInvoices.creditNote("CN-2026-000002", SampleInvoices.muller());
            files.put("de credit note, preview" + suffix,
                    renderer.render(preview, true, xml.apply(preview.cancelled(), attached)));
        }

        files.forEach((name, pdf) -> assertThat(PdfA.failedRules(pdf)).as(name).isEmpty());
    }

    @Test
    void theAttachedXmlIsTheAssociatedFileOfTheCatalogAndReadsBackByteForByte() throws Exception {
        IssuedInvoice invoice = SampleInvoices.weber(28);
        byte[] xml = SampleInvoices.eInvoiceXml(invoice.number(), invoice.invoice());

        try (PdfReader reader = new PdfReader(renderer.render(invoice, false, xml))) {
            PdfArray associated = reader.getCatalog().getAsArray(new PdfName("AF"));
            assertThat(associated.size()).isEqualTo(1);
            PdfDictionary file = associated.getAsDict(0);
            assertThat(file.get(new PdfName("AFRelationship"))).isEqualTo(new PdfName("Alternative"));
            assertThat(file.getAsString(PdfName.F).toUnicodeString()).isEqualTo("INV-2026-000005.xml");
            assertThat(file.getAsString(PdfName.UF).toUnicodeString()).isEqualTo("INV-2026-000005.xml");
            PRStream stream = (PRStream) PdfReader.getPdfObject(file.getAsDict(PdfName.EF).get(PdfName.F));
            assertThat(stream.get(PdfName.SUBTYPE)).isEqualTo(new PdfName("text/xml"));
            assertThat(stream.getAsDict(PdfName.PARAMS).getAsString(PdfName.MODDATE).toString())
                    .isEqualTo("D:20261101000000Z");
            assertThat(PdfReader.getStreamBytes(stream)).isEqualTo(xml);

            // The same file is listed among the embedded files a PDF reader shows.
            PdfArray embedded = reader.getCatalog().getAsDict(PdfName.NAMES).getAsDict(PdfName.EMBEDDEDFILES)
                    .getAsArray(PdfName.NAMES);
            assertThat(((PdfString) embedded.getPdfObject(0)).toUnicodeString()).isEqualTo("INV-2026-000005.xml");
            assertThat(embedded.getAsDict(1)).isSameAs(file);
        }
        try (PdfReader reader = new PdfReader(renderer.render(invoice))) {
            assertThat(reader.getCatalog().get(new PdfName("AF"))).isNull();
            assertThat(reader.getCatalog().get(PdfName.NAMES)).isNull();
        }
    }

    @Test
    void aCreditNotesXmlIsNamedAfterTheCreditNote() throws Exception {
        CreditNote note = SampleInvoices.creditNote("CN-2026-000001", SampleInvoices.schmit());
        byte[] xml = SampleInvoices.eInvoiceXml(note.number(), note.negated());

        try (PdfReader reader = new PdfReader(renderer.render(note, false, xml))) {
            PdfDictionary file = reader.getCatalog().getAsArray(new PdfName("AF")).getAsDict(0);
            assertThat(file.getAsString(PdfName.UF).toUnicodeString()).isEqualTo("CN-2026-000001.xml");
            PRStream stream = (PRStream) PdfReader.getPdfObject(file.getAsDict(PdfName.EF).get(PdfName.F));
            assertThat(stream.getAsDict(PdfName.PARAMS).getAsString(PdfName.MODDATE).toString())
                    .isEqualTo("D:20261115000000Z");
            assertThat(PdfReader.getStreamBytes(stream)).isEqualTo(xml);
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
        byte[] xml = SampleInvoices.eInvoiceXml(invoice.number(), invoice.invoice());

        byte[] first = renderer.render(invoice, false, xml);
        assertThat(new InvoicePdfRenderer(SampleInvoices.SELLER).render(invoice, false, xml.clone()))
                .isEqualTo(first).isNotEqualTo(renderer.render(invoice));
    }
}
