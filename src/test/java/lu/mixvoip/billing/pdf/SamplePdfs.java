package lu.mixvoip.billing.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * Writes the sample invoices (also as Factur-X, their CII attached, {@code -xml.pdf}) and credit notes as PDFs
 * into a directory: to look at them, and to compare the bytes written by another JVM
 * ({@code InvoicePdfReproducibilityTest}).
 */
public final class SamplePdfs {
    private SamplePdfs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/invoice-samples");
        Files.createDirectories(dir);
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);
        for (IssuedInvoice invoice : SampleInvoices.all()) {
            Files.write(dir.resolve(invoice.number() + ".pdf"), renderer.render(invoice));
            Files.write(dir.resolve(invoice.number() + "-preview.pdf"), renderer.render(invoice, true));
            Files.write(dir.resolve(invoice.number() + "-xml.pdf"), renderer.render(invoice, false,
                    SampleInvoices.facturX(invoice)));
        }
        for (CreditNote note : SampleInvoices.creditNotes()) {
            Files.write(dir.resolve(note.number() + ".pdf"), renderer.render(note));
            Files.write(dir.resolve(note.number() + "-preview.pdf"), renderer.render(note, true));
        }
    }
}
