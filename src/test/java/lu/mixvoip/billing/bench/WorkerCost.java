package lu.mixvoip.billing.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;

/**
 * Where a worker's time goes on a month, run by hand: {@code java -Xmx4g -cp "$(scripts/test-classpath)"
 * lu.mixvoip.billing.bench.WorkerCost --input DIR --month YYYY-MM [--rounds N]}. The month's invoices, prepared as
 * {@link RenderOnly} prepares them, are processed on one thread three ways in turn, each round: the e-invoice alone
 * (the Factur-X CII and, for customers with an electronic address, the UBL), the PDF/A alone, and the PDF/A with its
 * CII attached (as the job renders it). Prints each in milliseconds of the thread's CPU time per invoice; the first
 * round includes the JIT.
 */
public final class WorkerCost {
    private WorkerCost() {
    }

    public static void main(String[] args) {
        Path input = Path.of("sample-data");
        YearMonth month = YearMonth.of(2026, 10);
        int rounds = 4;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--input" -> input = Path.of(args[i + 1]);
                case "--month" -> month = YearMonth.parse(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<IssuedInvoice> invoices = RenderOnly.invoicesOf(input, month);
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(RenderOnly.SELLER);
        EInvoicing eInvoicing = EInvoicing.of(RenderOnly.SELLER);
        List<byte[]> facturX = new ArrayList<>();
        long xmlBytes = 0;
        for (IssuedInvoice invoice : invoices) {
            byte[] cii = eInvoicing.invoice(invoice).orElseThrow().facturX();
            facturX.add(cii);
            xmlBytes += cii.length;
        }
        System.out.printf(Locale.ROOT, "invoices=%d cii_bytes_mean=%d%n", invoices.size(), xmlBytes / invoices.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long started = threads.getCurrentThreadCpuTime();
            invoices.forEach(invoice -> eInvoicing.invoice(invoice).orElseThrow());
            long eInvoice = threads.getCurrentThreadCpuTime() - started;
            started = threads.getCurrentThreadCpuTime();
            invoices.forEach(invoice -> renderer.render(invoice, false, null));
            long pdf = threads.getCurrentThreadCpuTime() - started;
            started = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < invoices.size(); i++) {
                renderer.render(invoices.get(i), false, facturX.get(i));
            }
            long pdfWithCii = threads.getCurrentThreadCpuTime() - started;
            double perInvoice = invoices.size() * 1e6;
            System.out.printf(Locale.ROOT, "round=%d einvoice_ms=%.3f pdf_ms=%.3f pdf_with_cii_ms=%.3f%n", round,
                    eInvoice / perInvoice, pdf / perInvoice, pdfWithCii / perInvoice);
        }
    }
}
