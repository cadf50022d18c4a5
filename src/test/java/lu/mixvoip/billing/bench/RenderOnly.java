package lu.mixvoip.billing.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.InvoiceAssembler;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatPolicy;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.einvoice.EInvoiceXml;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.InputFiles;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.input.SourceRecord;
import lu.mixvoip.billing.input.TariffFileReader;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;

/**
 * The benchmark's yardstick: the same month's invoices rendered by the project's renderer alone, to files, on all
 * cores, with no batch and no database: each PDF/A-3 with its e-invoice made and attached, the XML written beside it,
 * for the seller scripts/bench bills with ({@link #SELLER}). The month is prepared in memory first (not timed), so give it a large heap:
 * {@code java -Xmx4g -cp "$(scripts/test-classpath)" lu.mixvoip.billing.bench.RenderOnly --input DIR --month YYYY-MM
 * --out DIR} (scripts/bench runs it so).
 * Prints one line: {@code render-only invoices=N einvoices=E pdf_kb=K wall_s=W cpu_s=C threads=T}.
 */
public final class RenderOnly {
    /** The seller of scripts/bench's runs: with a VAT number and an IBAN, so that e-invoices are on. */
    static final Seller SELLER = new Seller("Mixvoip SA", "70 rue des Prés", "L-7333", "Steinsel", "LU",
            "LU12345613", "LU28 0019 4006 4475 0000", "BCEELULL", "billing@mixvoip.com", 30, null, null);

    private static final AtomicLong E_INVOICES = new AtomicLong();
    private static final AtomicLong PDF_BYTES = new AtomicLong();

    private RenderOnly() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path input = Path.of(options.getOrDefault("input", "sample-data"));
        YearMonth month = YearMonth.parse(options.getOrDefault("month", "2026-10"));
        Path out = Path.of(options.getOrDefault("out", "render-only"));
        int threads = Integer.parseInt(options.getOrDefault("threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));

        List<IssuedInvoice> invoices = invoicesOf(input, month);
        InvoicePdfRenderer renderer = new InvoicePdfRenderer(SELLER);
        EInvoicing eInvoicing = EInvoicing.of(SELLER);
        Files.createDirectories(out);
        // Fonts and classes are loaded outside the timing, as a long run has them.
        render(invoices.get(0), renderer, eInvoicing, null);

        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong next = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < invoices.size(); i = next.getAndIncrement()) {
                    render(invoices.get((int) i), renderer, eInvoicing, out);
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "render-only invoices=%d einvoices=%d pdf_kb=%.1f wall_s=%.2f cpu_s=%.2f"
                + " threads=%d%n", invoices.size(), E_INVOICES.get(), PDF_BYTES.get() / 1024.0 / invoices.size(), wall,
                cpu, threads);
    }

    /**
     * As the job's workers do: the e-invoice (its Factur-X CII, and its UBL if the customer has an address), the
     * PDF/A with the CII attached, the UBL beside it.
     */
    private static void render(IssuedInvoice invoice, InvoicePdfRenderer renderer, EInvoicing eInvoicing, Path out) {
        EInvoiceXml eInvoice = eInvoicing.invoice(invoice).orElse(null);
        byte[] pdf = renderer.render(invoice, false, eInvoice == null ? null : eInvoice.facturX());
        byte[] xml = eInvoice == null ? null : eInvoice.ubl();
        if (out != null) {
            if (xml != null) {
                write(out.resolve(invoice.number() + ".xml"), xml);
                E_INVOICES.incrementAndGet();
            }
            write(out.resolve(invoice.number() + ".pdf"), pdf);
            PDF_BYTES.addAndGet(pdf.length);
        }
    }

    private static void write(Path file, byte[] pdf) {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            stream.write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The month's invoices, numbered in ascending customer id as the job numbers them. */
    static List<IssuedInvoice> invoicesOf(Path input, YearMonth month) {
        Tariff tariff = TariffFileReader.readBundled();
        Map<String, Customer> customers = new TreeMap<>();
        Map<String, List<Contract>> contracts = new HashMap<>();
        Map<String, List<Intervention>> interventions = new HashMap<>();
        new MonthInputLoader(month, tariff.zones(), new MonthInputLoader.Sink() {
            @Override
            public void customer(Customer customer, Long line) {
                customers.put(customer.id(), customer);
            }

            @Override
            public void contract(Contract contract, Long line) {
                contracts.computeIfAbsent(contract.customerId(), k -> new ArrayList<>()).add(contract);
            }

            @Override
            public void intervention(Intervention intervention, Long line) {
                interventions.computeIfAbsent(intervention.customerId(), k -> new ArrayList<>()).add(intervention);
            }

            @Override
            public void ticket(TicketOfMonth ticket, Long line) {
            }

            @Override
            public void reject(InputFile file, SourceRecord row, String reason) {
            }
        }, () -> { }).load(file -> InputFiles.open(input, file));
        InvoiceAssembler assembler = new InvoiceAssembler(tariff, new VatPolicy("LU", new BigDecimal("17.00"),
                Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
                        "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")));
        LocalDate issued = month.plusMonths(1).atDay(1);
        List<IssuedInvoice> invoices = new ArrayList<>();
        for (Customer customer : customers.values()) {
            assembler.bill(new CustomerMonth(customer, month, contracts.getOrDefault(customer.id(), List.of()),
                    interventions.getOrDefault(customer.id(), List.of()))).invoice().ifPresent(invoice ->
                    invoices.add(new IssuedInvoice(String.format(Locale.ROOT, "INV-%d-%06d", issued.getYear(),
                            invoices.size() + 1), issued, issued.plusDays(30), invoice)));
        }
        return invoices;
    }
}
