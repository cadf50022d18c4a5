package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import lu.mixvoip.billing.BillingRunner;

/** The PDFs a real run writes, read back as a finance clerk would read them. */
class InvoicePdfOutputTest {

    @Test
    void invoicesCarryNumberCustomerTotalsAndTheVatMention(@TempDir Path work) throws Exception {
        BillingRunner.bill(acceptanceCase(), work, "2026-10");
        Path invoices = work.resolve("out/2026-10/invoices");

        String belgian = text(invoices.resolve("INV-2026-000002.pdf"));
        assertThat(belgian).contains("INV-2026-000002", "Cabinet Dupont, Avocats", "BE0123456789", "C002",
                "839,43", "€", "Autoliquidation / Reverse charge", "FACTURE");

        String german = text(invoices.resolve("INV-2026-000003.pdf"));
        assertThat(german).contains("RECHNUNG", "Müller & Söhne GmbH", "Max-Planck-Straße 22", "630,70");

        String luxembourgish = text(invoices.resolve("INV-2026-000001.pdf"));
        assertThat(luxembourgish).contains("Boulangerie Schmit S.à r.l.", "472,25", "80,28", "552,53", "17",
                "Mixvoip SA", "70 rue des Prés", "page 1 / 1");
    }

    @Test
    void theSameMonthBilledTwiceInFreshStoresGivesIdenticalPdfs(@TempDir Path first, @TempDir Path second)
            throws Exception {
        BillingRunner.bill(acceptanceCase(), first, "2026-10");
        BillingRunner.bill(acceptanceCase(), second, "2026-10");

        for (int n = 1; n <= 8; n++) {
            String name = "out/2026-10/invoices/INV-2026-00000" + n + ".pdf";
            assertThat(Files.readAllBytes(second.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    static String text(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static Path acceptanceCase() throws URISyntaxException {
        return Path.of(InvoicePdfOutputTest.class.getResource("/acceptance/basic-2026-10").toURI());
    }
}
