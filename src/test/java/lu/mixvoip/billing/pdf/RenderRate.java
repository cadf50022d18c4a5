package lu.mixvoip.billing.pdf;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.einvoice.EInvoiceXml;
import lu.mixvoip.billing.einvoice.EInvoicing;

/**
 * The renderer's cost on one thread, run by hand (no test asserts a time: this machine's speed drifts):
 * {@code java -cp ... lu.mixvoip.billing.pdf.RenderRate [labour lines] [seconds] [facturx]}. Renders the sample
 * invoice of {@link SampleInvoices#weber(int)} (28 lines: two pages) over and over, alone or, with
 * {@code facturx}, as the job's workers do: its e-invoice made each time (the Factur-X CII and the Peppol UBL, from
 * one model) and the PDF/A rendered with the CII attached. Prints invoices per second of wall time and per second of
 * the process's CPU time (steadier on a machine shared with other work; it counts the collector too), and bytes
 * per invoice.
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
        byte[] pdf = document.get();
        int pages = PdfText.of(pdf).pageCount();
        run(document, seconds / 2); // warm-up: JIT and fonts
        double[] rates = run(document, seconds);
        System.out.printf(Locale.ROOT, "render%s lines=%d pages=%d bytes=%d invoices_per_s=%.1f per_cpu_s=%.1f%n",
                facturX ? "+facturx+ubl" : "", lines, pages, pdf.length, rates[0], rates[1]);
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
