package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * billing-rules §9: the same invoice (or credit note) rendered twice is the same file, byte for byte, also from
 * another JVM with another default time zone, locale and file encoding (a re-run on another day, another server),
 * and on any thread in any order: the embedded fonts' subset prefixes come from the document, not from chance.
 */
class InvoicePdfReproducibilityTest {
    private static final Pattern SUBSET = Pattern.compile("/BaseFont/([A-Z]{6})\\+InvoiceSans-(Regular|Bold)");

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
            assertThat(Files.readAllBytes(dir.resolve(invoice.number() + "-xml.pdf")))
                    .as(invoice.number() + " with its XML").isEqualTo(renderer.render(invoice, false,
                            SampleInvoices.facturX(invoice)));
        }
        for (CreditNote note : SampleInvoices.creditNotes()) {
            assertThat(Files.readAllBytes(dir.resolve(note.number() + ".pdf")))
                    .as(note.number()).isEqualTo(renderer.render(note));
            assertThat(Files.readAllBytes(dir.resolve(note.number() + "-preview.pdf")))
                    .as(note.number() + " preview").isEqualTo(renderer.render(note, true));
        }
    }

    @Test
    void fourThreadsRenderingInShuffledOrdersWriteTheBytesOfOneThread() throws Exception {
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);
        List<Callable<byte[]>> documents = new ArrayList<>();
        for (IssuedInvoice invoice : SampleInvoices.all()) {
            documents.add(() -> renderer.render(invoice));
            documents.add(() -> renderer.render(invoice, true));
            documents.add(() -> renderer.render(invoice, false,
                    SampleInvoices.facturX(invoice)));
        }
        for (CreditNote note : SampleInvoices.creditNotes()) {
            documents.add(() -> renderer.render(note));
        }
        documents.add(() -> renderer.render(SampleInvoices.inTheirScript(SampleInvoices.ATHENS, "INV-2026-000008",
                "T-Ω01", "Επανεκκίνηση διακομιστή", 40)));
        List<byte[]> expected = new ArrayList<>();
        for (Callable<byte[]> document : documents) {
            expected.add(document.call());
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (long seed = 1; seed <= 3; seed++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < documents.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(seed));
                List<Future<byte[]>> rendered = new ArrayList<>();
                for (int i : order) {
                    rendered.add(pool.submit(documents.get(i)));
                }
                for (int k = 0; k < order.size(); k++) {
                    assertThat(rendered.get(k).get()).as("document %d, order %d", order.get(k), seed)
                            .isEqualTo(expected.get(order.get(k)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachDocumentHasItsOwnSubsetPrefixesAndKeepsThemWhenRenderedAgain() {
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);
        // face -> prefix; a face's Type0 font and its descendant carry the same name.
        Function<byte[], Map<String, String>> prefixes = pdf -> {
            Matcher matcher = SUBSET.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
            Map<String, String> found = new TreeMap<>();
            while (matcher.find()) {
                assertThat(found.put(matcher.group(2), matcher.group(1))).isIn(null, matcher.group(1));
            }
            return found;
        };
        Map<String, String> schmit = prefixes.apply(renderer.render(SampleInvoices.schmit()));

        assertThat(schmit).containsOnlyKeys("Bold", "Regular");
        assertThat(schmit.get("Bold")).as("the faces' prefixes differ").isNotEqualTo(schmit.get("Regular"));
        assertThat(prefixes.apply(renderer.render(SampleInvoices.muller()))).isNotEqualTo(schmit);
        assertThat(prefixes.apply(renderer.render(SampleInvoices.schmit(), true))).isNotEqualTo(schmit);
        assertThat(prefixes.apply(new InvoicePdfRenderer(SampleInvoices.SELLER).render(SampleInvoices.schmit())))
                .isEqualTo(schmit);
    }
}
