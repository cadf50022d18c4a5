package lu.mixvoip.billing.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.InvoiceAssembler;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatPolicy;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.input.TariffFileReader;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;

/**
 * The two costs that matter: rating a customer's month (pure arithmetic) and rendering its invoice (the floor of
 * the whole job). {@code ./mvnw -P jmh verify} builds and runs them; see the README's Performance section.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class BillingBenchmarks {
    private InvoiceAssembler assembler;
    private CustomerMonth month;
    private InvoicePdfRenderer renderer;
    private IssuedInvoice invoice;

    @Setup
    public void prepare() {
        assembler = new InvoiceAssembler(TariffFileReader.readBundled(),
                new VatPolicy("LU", new BigDecimal("17.00"), Set.of("LU", "BE", "DE", "FR")));
        Customer customer = new Customer("C000001", "Boulangerie Schmit S.à r.l.", "12 rue de la Gare", "L-7333",
                "Steinsel", "LU", "LU12345678", "compta@example.com", Language.FR, "1");
        List<Intervention> interventions = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ZonedDateTime start = LocalDate.of(2026, 10, 1 + i * 2).atTime(7 + i % 14, 10 * (i % 6))
                    .atZone(LuxembourgCalendar.ZONE);
            interventions.add(new Intervention("I" + i, customer.id(), "T-" + i, "jdoe", start,
                    start.plusMinutes(20 + 13L * i), i % 3 == 0 ? Mode.ONSITE : Mode.REMOTE,
                    Skill.values()[i % 4], "Intervention " + i));
        }
        month = new CustomerMonth(customer, YearMonth.of(2026, 10), List.of(new Contract("K1", customer.id(),
                Tier.OFFICE, LocalDate.of(2026, 10, 15), null)), interventions);
        renderer = new InvoicePdfRenderer(new Seller("Mixvoip SA", "70 rue des Prés", "L-7333", "Steinsel", "LU",
                "LU00000000", "LU00 0000 0000 0000 0000", "BIC", "billing@example.com", 30, null, null));
        invoice = new IssuedInvoice("INV-2026-000001", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                assembler.bill(month).invoice().orElseThrow());
    }

    /** One customer's month of 15 interventions rated into an invoice. */
    @Benchmark
    public Object rateACustomerMonth() {
        return assembler.bill(month);
    }

    /** That invoice rendered to PDF bytes. */
    @Benchmark
    public byte[] renderAnInvoice() {
        return renderer.render(invoice);
    }
}
