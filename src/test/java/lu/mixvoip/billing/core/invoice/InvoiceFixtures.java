package lu.mixvoip.billing.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import lu.mixvoip.billing.core.tariff.DefaultTariffFixture;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/** Builders for the invoice tests: §7's VAT configuration and terse customers, contracts and interventions. */
final class InvoiceFixtures {

    static final YearMonth OCTOBER_2026 = YearMonth.of(2026, 10);

    /** §7: the EU member states. */
    static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
            "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    static final VatPolicy VAT = new VatPolicy("LU", new BigDecimal("17.00"), EU);

    private InvoiceFixtures() {
    }

    static InvoiceAssembler defaultAssembler() {
        return new InvoiceAssembler(DefaultTariffFixture.defaultTariff(), VAT);
    }

    static InvoiceAssembler assembler(Tariff tariff) {
        return new InvoiceAssembler(tariff, VAT);
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static ZonedDateTime at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), LuxembourgCalendar.ZONE);
    }

    static Customer customer(String id, String country, String vatNumber, String zone) {
        return new Customer(id, "Customer " + id, "1 rue Test", "L-1111", "Luxembourg", country, vatNumber,
                id.toLowerCase() + "@example.com", Language.FR, zone);
    }

    static Contract contract(String id, String customerId, Tier tier, String start, String end) {
        return new Contract(id, customerId, tier, LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    /** A contract with its own (negotiated) monthly fee, billing-rules §14. */
    static Contract contract(String id, String customerId, Tier tier, String start, String end, String monthlyFee) {
        return new Contract(id, customerId, tier, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                new BigDecimal(monthlyFee));
    }

    static Intervention intervention(String id, String customerId, String start, String end, Mode mode, Skill skill) {
        return new Intervention(id, customerId, "T-" + id, "tech", at(start), at(end), mode, skill, "work " + id);
    }

    static CustomerMonth month(Customer customer, List<Contract> contracts, List<Intervention> interventions) {
        return new CustomerMonth(customer, OCTOBER_2026, contracts, interventions);
    }

    static List<InvoiceLine> lines(Invoice invoice, LineKind kind) {
        return invoice.lines().stream().filter(l -> l.kind() == kind).toList();
    }
}
