package lu.mixvoip.billing.pdf;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;

/**
 * The renderer's cost on one thread, run by hand (no test asserts a time: this machine's speed drifts):
 * {@code java -cp ... lu.mixvoip.billing.pdf.RenderRate [labour lines] [seconds] [xml]}. Renders the sample invoice
 * of {@link SampleInvoices#weber(int)} (28 lines: two pages), with its e-invoice XML attached if the third argument
 * is {@code xml}, over and over and prints invoices per second of wall time
 * and per second of the process's CPU time (steadier on a machine shared with other work; it counts the
 * collector too), and bytes per invoice.
 */
public final class RenderRate {
    private RenderRate() {
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 28;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        IssuedInvoice invoice = SampleInvoices.weber(lines);
        byte[] xml = args.length > 2 && args[2].equals("xml")
                ? SampleInvoices.eInvoiceXml(invoice.number(), invoice.invoice()) : null;
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(SampleInvoices.SELLER);
        byte[] pdf = renderer.render(invoice, false, xml);
        int pages = PdfText.of(pdf).pageCount();
        run(renderer, invoice, xml, seconds / 2); // warm-up: JIT and fonts
        double[] rates = run(renderer, invoice, xml, seconds);
        System.out.printf(Locale.ROOT,
                "render lines=%d pages=%d xml_bytes=%d bytes=%d invoices_per_s=%.1f per_cpu_s=%.1f%n",
                lines, pages, xml == null ? 0 : xml.length, pdf.length, rates[0], rates[1]);
    }

    /** Invoices per second of wall time and per second of CPU time. */
    private static double[] run(InvoicePdfRenderer renderer, IssuedInvoice invoice, byte[] xml, double seconds) {
        long cpuStarted = processCpuNanos();
        long started = System.nanoTime();
        long until = started + (long) (seconds * 1e9);
        long count = 0;
        long sink = 0;
        while (System.nanoTime() < until) {
            sink += renderer.render(invoice, false, xml).length;
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
