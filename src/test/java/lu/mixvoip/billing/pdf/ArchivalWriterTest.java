package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

/**
 * The font programs are shared: invoices whose texts stay within the common glyphs embed the same two subsets (so
 * that each is deflated once per process), and an invoice printing other glyphs gets subsets of its own, which hold
 * them.
 */
class ArchivalWriterTest {
    private static final PdfName LENGTH1 = new PdfName("Length1");
    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);

    @Test
    void invoicesWithinTheCommonGlyphsEmbedTheSameFontPrograms() throws Exception {
        List<byte[]> french = fontPrograms(renderer.render(SampleInvoices.schmit()));
        List<byte[]> german = fontPrograms(renderer.render(SampleInvoices.muller()));

        assertThat(french).hasSize(2);
        assertThat(german).hasSize(2);
        assertThat(german.get(0)).isEqualTo(french.get(0));
        assertThat(german.get(1)).isEqualTo(french.get(1));
    }

    @Test
    void anInvoicePrintingOtherGlyphsGetsSubsetsHoldingThem() throws Exception {
        byte[] polish = renderer.render(SampleInvoices.inTheirScript(SampleInvoices.LODZ, "INV-2026-000006",
                "T-Ł01", "Wymiana zasilacza — łącze", 0));

        assertThat(fontPrograms(polish).get(1)).isNotEqualTo(fontPrograms(renderer.render(SampleInvoices.schmit()))
                .get(1));
        assertThat(PdfText.of(polish).all()).contains("Łódź Spółka z o.o.", "Wymiana zasilacza — łącze");
    }

    /** The embedded TrueType programs (the streams with a Length1), inflated, in the file's order. */
    private static List<byte[]> fontPrograms(byte[] pdf) throws Exception {
        List<byte[]> programs = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PRStream stream && stream.get(LENGTH1) != null) {
                    programs.add(PdfReader.getStreamBytes(stream));
                }
            }
        }
        return programs;
    }
}
