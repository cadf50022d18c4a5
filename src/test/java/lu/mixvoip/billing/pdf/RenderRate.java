package lu.mixvoip.billing.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.einvoice.EInvoiceXml;
import lu.mixvoip.billing.einvoice.EInvoicing;

/**
 * The renderer's cost on one thread, run by hand (no test asserts a time: this machine's speed drifts):
 * {@code java -cp ... lu.mixvoip.billing.pdf.RenderRate [labour lines] [seconds] [facturx|compare]}. Renders the
 * sample invoice of {@link SampleInvoices#weber(int)} (28 lines: two pages) over and over, alone or, with
 * {@code facturx}, as the job's workers do: its e-invoice made each time (the Factur-X CII and the Peppol UBL, from
 * one model) and the PDF/A rendered with the CII attached. Prints invoices per second of wall time and per second of
 * the process's CPU time (steadier on a machine shared with other work; it counts the collector too), and bytes
 * per invoice. {@code compare} alternates the two in one JVM, in rounds of a tenth of the time each, and prints
 * their rates per second of the rendering thread's own CPU time and the median of the rounds' ratios: on a machine
 * whose other work comes and goes, the only figure that compares them.
 */
public final class RenderRate {
    private RenderRate() {
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 28;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        boolean facturX = args.length > 2 && args[2].equals("facturx");
        IssuedInvoice invoice = SampleInvoices.weber(lines);
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);
        EInvoicing eInvoicing = EInvoicing.of(SampleInvoices.SELLER);
        Supplier<byte[]> document = facturX ? () -> {
            EInvoiceXml xml = eInvoicing.invoice(invoice).orElseThrow();
            return renderer.render(invoice, false, xml.facturX());
        } : () -> renderer.render(invoice, false, null);
        if (args.length > 2 && args[2].equals("compare")) {
            Supplier<byte[]> alone = () -> renderer.render(invoice, false, null);
            Supplier<byte[]> withXml = () -> renderer.render(invoice, false,
                    eInvoicing.invoice(invoice).orElseThrow().facturX());
            compare(alone, withXml, seconds);
            return;
        }
        byte[] pdf = document.get();
        int pages = PdfText.of(pdf).pageCount();
        run(document, seconds / 2); // warm-up: JIT and fonts
        double[] rates = run(document, seconds);
        System.out.printf(Locale.ROOT, "render%s lines=%d pages=%d bytes=%d invoices_per_s=%.1f per_cpu_s=%.1f%n",
                facturX ? "+facturx+ubl" : "", lines, pages, pdf.length, rates[0], rates[1]);
    }

    private static void compare(Supplier<byte[]> alone, Supplier<byte[]> withXml, double seconds) {
        double round = seconds / 10;
        threadRate(alone, round);
        threadRate(withXml, round); // warm-up: JIT and fonts
        List<Double> ratios = new ArrayList<>();
        List<Double> aloneRates = new ArrayList<>();
        List<Double> withRates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double a = threadRate(alone, round);
            double b = threadRate(withXml, round);
            aloneRates.add(a);
            withRates.add(b);
            ratios.add(b / a);
        }
        System.out.printf(Locale.ROOT, "render_only_per_thread_cpu_s=%s facturx_ubl_per_thread_cpu_s=%s"
                + " ratio_median=%.3f bytes_alone=%d bytes_facturx=%d%n", aloneRates, withRates, median(ratios),
                alone.get().length, withXml.get().length);
    }

    /** Invoices per second of the current thread's CPU time, over {@code seconds} of it. */
    private static double threadRate(Supplier<byte[]> document, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        long until = started + (long) (seconds * 1e9);
        long count = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            document.get();
            count++;
        }
        return Math.round(count / ((threads.getCurrentThreadCpuTime() - started) / 1e9) * 10) / 10.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Invoices per second of wall time and per second of CPU time. */
    private static double[] run(Supplier<byte[]> document, double seconds) {
        long cpuStarted = processCpuNanos();
        long started = System.nanoTime();
        long until = started + (long) (seconds * 1e9);
        long count = 0;
        long sink = 0;
        while (System.nanoTime() < until) {
            sink += document.get().length;
            count++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {count / ((System.nanoTime() - started) / 1e9),
                count / ((processCpuNanos() - cpuStarted) / 1e9)};
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
