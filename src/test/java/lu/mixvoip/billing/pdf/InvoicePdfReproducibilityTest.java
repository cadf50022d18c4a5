package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * billing-rules §9: the same invoice (or credit note) rendered twice is the same file, byte for byte, also from
 * another JVM with another default time zone, locale and file encoding (a re-run on another day, another server).
 */
class InvoicePdfReproducibilityTest {

    @Test
    void anotherJvmInAnotherTimeZoneAndLocaleWritesTheSameBytes(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(),
                "-Duser.timezone=Pacific/Auckland", "-Duser.language=de", "-Duser.country=CH",
                "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"),
                SamplePdfs.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("jvm.log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("forked JVM finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("jvm.log"))).isZero();

        InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);
        List<IssuedInvoice> invoices = SampleInvoices.all();
        for (IssuedInvoice invoice : invoices) {
            assertThat(Files.readAllBytes(dir.resolve(invoice.number() + ".pdf")))
                    .as(invoice.number()).isEqualTo(renderer.render(invoice));
            assertThat(Files.readAllBytes(dir.resolve(invoice.number() + "-preview.pdf")))
                    .as(invoice.number() + " preview").isEqualTo(renderer.render(invoice, true));
        }
        for (CreditNote note : SampleInvoices.creditNotes()) {
            assertThat(Files.readAllBytes(dir.resolve(note.number() + ".pdf")))
                    .as(note.number()).isEqualTo(renderer.render(note));
            assertThat(Files.readAllBytes(dir.resolve(note.number() + "-preview.pdf")))
                    .as(note.number() + " preview").isEqualTo(renderer.render(note, true));
        }
    }
}
