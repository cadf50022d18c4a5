package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.Fixtures;

/** The PDFs a real run writes, read back as a finance clerk would read them. */
class InvoicePdfOutputIT {
    private static final Path CASE = Fixtures.acceptanceCase("basic-2026-10");

    @Test
    void invoicesCarryNumberCustomerTotalsAndTheVatMention(@TempDir Path work) {
        BillingRunner.Result result = BillingRunner.bill(CASE, work, "2026-10");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        Path invoices = work.resolve("out/2026-10/invoices");

        String belgian = Fixtures.pdfText(invoices.resolve("INV-2026-000002.pdf"));
        assertThat(belgian).contains("INV-2026-000002", "Cabinet Dupont, Avocats", "BE0123456789", "C002",
                "839,43 €", "Autoliquidation — art. 196 de la", "FACTURE")
                .doesNotContain("TVA 17 %");

        String german = Fixtures.pdfText(invoices.resolve("INV-2026-000003.pdf"));
        assertThat(german).contains("RECHNUNG", "Müller & Söhne GmbH", "Max-Planck-Straße 22", "630,70 €");

        String luxembourgish = Fixtures.pdfText(invoices.resolve("INV-2026-000001.pdf"));
        assertThat(luxembourgish).contains("Boulangerie Schmit S.à r.l.", "472,25 €", "TVA 17 %", "80,28 €",
                "552,53 €", "Mixvoip SA", "70 rue des Prés", "page 1 / 1");
    }

    @Test
    void theSameMonthBilledTwiceInFreshStoresGivesIdenticalPdfs(@TempDir Path first, @TempDir Path second)
            throws IOException {
        assertThat(BillingRunner.bill(CASE, first, "2026-10").exitCode()).isEqualTo(3);
        assertThat(BillingRunner.bill(CASE, second, "2026-10").exitCode()).isEqualTo(3);

        for (int n = 1; n <= 8; n++) {
            String name = "out/2026-10/invoices/INV-2026-00000" + n + ".pdf";
            assertThat(Files.readAllBytes(second.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }
}
