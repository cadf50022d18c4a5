package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/** Invoices are kept ten years: every file is PDF/A-3b, as veraPDF judges it. */
class PdfA3InvoicesTest {
    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);

    @Test
    void invoicesCreditNotesAndPreviewsInEveryLanguageAreValidPdfA3b() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("fr, one page", renderer.render(SampleInvoices.schmit()));
        files.put("de, reverse charge", renderer.render(SampleInvoices.muller()));
        files.put("en, outside the EU", renderer.render(SampleInvoices.zurich()));
        files.put("fr, several pages, preview", renderer.render(SampleInvoices.weber(120), true));
        files.put("Greek, several pages", renderer.render(SampleInvoices.inTheirScript(SampleInvoices.ATHENS,
                "INV-2026-000008", "T-Ω01", "Επανεκκίνηση διακομιστή", 40)));
        files.put("fr credit note, reverse charge",
                renderer.render(SampleInvoices.creditNote("CN-2026-000003", SampleInvoices.lefevre())));
        files.put("de credit note, preview",
                renderer.render(SampleInvoices.creditNote("CN-2026-000002", SampleInvoices.muller()), true));

        files.forEach((name, pdf) -> assertThat(PdfA.failedRules(pdf)).as(name).isEmpty());
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
}
