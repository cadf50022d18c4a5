package lu.mixvoip.billing.core.invoice;

import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.contract;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.customer;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.eur;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.lines;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** billing-rules §14 with §5: negotiated fees, MANAGED contracts. Expected amounts are worked out by hand. */
class ManagedContractsTest {

    private static final InvoiceAssembler DEFAULT = InvoiceFixtures.defaultAssembler();

    // ---- negotiated fees -----------------------------------------------------------------------------------------

    @Test
    void aNegotiatedFeeReplacesTheTierFeeAndIsProratedLikeIt() {
        Customer c = customer("C1", "LU", null, "1");
        // OFFICE at 99.99 (not 262.00) until 10 Oct: 99.99 x 10/31 = 32.2548.. = 32.25;
        // then ENTERPRISE at the tariff's 318.00: 318 x 21/31 = 215.419.. = 215.42
        Invoice invoice = DEFAULT.bill(month(c, List.of(
                contract("K1", "C1", Tier.OFFICE, "2026-01-01", "2026-10-10", "99.99"),
                contract("K2", "C1", Tier.ENTERPRISE, "2026-10-11", null)), List.of())).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE))
                .extracting(InvoiceLine::reference, InvoiceLine::tier, InvoiceLine::quantity, InvoiceLine::basis,
                        InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(tuple("K1", Tier.OFFICE, 10L, 31L, eur("99.99"), eur("32.25")),
                        tuple("K2", Tier.ENTERPRISE, 21L, 31L, eur("318.00"), eur("215.42")));
        assertThat(invoice.fees()).isEqualTo(eur("247.67"));
        assertThat(invoice.tier()).isEqualTo(Tier.ENTERPRISE);
    }

    @Test
    void anInvoiceAboveTheLargestDocumentTotalRefusesItsCustomerAndNotTheMonth() {
        // 9,999,999,999.99 + 17 % = 11,699,999,999.99 > 9,999,999,999.99: it could never be kept as a document.
        CustomerBilling billing = DEFAULT.bill(month(customer("C1", "LU", null, "1"),
                List.of(contract("K1", "C1", Tier.MANAGED, "2026-01-01", null, "9999999999.99")),
                List.of(InvoiceFixtures.intervention("I1", "C1", "2026-10-05T09:00", "2026-10-05T10:00", Mode.REMOTE,
                        Skill.ENGINEER))));
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections()).extracting(Rejection::type, Rejection::id)
                .containsExactly(tuple(Rejection.RecordType.CONTRACT, "K1"),
                        tuple(Rejection.RecordType.INTERVENTION, "I1"));
        assertThat(billing.rejections()).allSatisfy(r -> assertThat(r.reason()).isEqualTo("the customer's invoice"
                + " would total 11699999999.99 EUR incl. VAT, above the largest amount a document holds"
                + " (9999999999.99): check its fees and interventions"));

        // The largest fee the row rules let through (§14: below ten million) fits.
        assertThat(DEFAULT.bill(month(customer("C1", "LU", null, "1"),
                List.of(contract("K1", "C1", Tier.MANAGED, "2026-01-01", null, "9999999.99")), List.of()))
                .invoice().orElseThrow().totalInclVat()).isEqualTo(eur("11699999.99"));
    }

    @Test
    void aWholeMonthIsExactlyTheNegotiatedFee() {
        Invoice invoice = DEFAULT.bill(month(customer("C1", "LU", null, "1"),
                List.of(contract("K1", "C1", Tier.STANDARD, "2025-06-01", null, "40")), List.of()))
                .invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE)).singleElement().satisfies(l -> {
            assertThat(l.unitRate()).isEqualTo(eur("40.00")); // printed with cents
            assertThat(l.amount()).isEqualTo(eur("40.00"));
        });
    }

    @Test
    void proratingANegotiatedFeeRoundsHalfUp() {
        // November has 30 days: 10.01 x 15/30 = 5.005 -> 5.01 (HALF_EVEN would give 5.00)
        CustomerBilling billing = DEFAULT.bill(new CustomerMonth(customer("C1", "LU", null, "1"),
                YearMonth.of(2026, 11), List.of(contract("K1", "C1", Tier.STANDARD, "2026-11-16", null, "10.01")),
                List.of()));
        assertThat(billing.invoice().orElseThrow().fees()).isEqualTo(eur("5.01"));
    }

    @Test
    void aZeroFeeIsAFeeLineOfZero() {
        Invoice invoice = DEFAULT.bill(month(customer("C1", "LU", null, "1"),
                List.of(contract("K1", "C1", Tier.OFFICE, "2026-10-15", null, "0")), List.of()))
                .invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE)).extracting(InvoiceLine::quantity, InvoiceLine::amount)
                .containsExactly(tuple(17L, eur("0.00")));
        assertThat(invoice.totalInclVat()).isEqualTo(eur("0.00"));
    }

    @Test
    void aManagedContractWithoutItsOwnFeeIsRejectedByTheCoreToo() {
        CustomerBilling billing = DEFAULT.bill(month(customer("C1", "LU", null, "1"),
                List.of(contract("K1", "C1", Tier.MANAGED, "2026-01-01", null)), List.of()));
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(Rejection.RecordType.CONTRACT);
            assertThat(r.id()).isEqualTo("K1");
            assertThat(r.reason()).contains("monthly_fee").contains("MANAGED");
        });
    }

    @Test
    void aContractFeeIsNeverNegativeNorFinerThanCents() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> new Contract("K", "C", Tier.STANDARD, day, null, new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contract("K", "C", Tier.STANDARD, day, null, new BigDecimal("1.234")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Contract("K", "C", Tier.STANDARD, day, null, new BigDecimal("1.230")).monthlyFee())
                .isEqualTo(eur("1.23"));
    }

    // ---- MANAGED: included interventions ------------------------------------------------------------------------

    private static final YearMonth NOVEMBER_2026 = YearMonth.of(2026, 11); // 30 days; 1 Nov is a Sunday

    private static Intervention work(String id, String start, String end, Mode mode, Skill skill) {
        return InvoiceFixtures.intervention(id, "C1", start, end, mode, skill);
    }

    /** STANDARD (tariff fee) until Sun 15 Nov, MANAGED at 1,200.00 from Mon 16 Nov; zone 1. */
    private static CustomerBilling standardThenManaged(String zone, List<Intervention> interventions) {
        return DEFAULT.bill(new CustomerMonth(customer("C1", "LU", null, zone), NOVEMBER_2026, List.of(
                contract("K-S", "C1", Tier.STANDARD, "2025-01-01", "2026-11-15"),
                contract("K-M", "C1", Tier.MANAGED, "2026-11-16", null, "1200.00")), interventions));
    }

    @Test
    void aManagedContractFromMidMonthAfterAStandardOne() {
        CustomerBilling billing = standardThenManaged("1", List.of(
                work("I1", "2026-11-12T14:00", "2026-11-12T15:20", Mode.ONSITE, Skill.TECHNICIAN), // Thu, STANDARD
                work("I2", "2026-11-12T16:00", "2026-11-12T16:10", Mode.REMOTE, Skill.ENGINEER),   // Thu, STANDARD
                work("I3", "2026-11-17T19:30", "2026-11-17T19:50", Mode.ONSITE, Skill.CABLING),    // Tue, MANAGED
                work("I4", "2026-11-22T10:00", "2026-11-22T10:07", Mode.REMOTE, Skill.CONSULTING), // Sun, MANAGED
                work("I5", "2026-11-16T23:50", "2026-11-17T00:20", Mode.REMOTE, Skill.ENGINEER))); // Mon-Tue
        assertThat(billing.rejections()).isEmpty();
        Invoice invoice = billing.invoice().orElseThrow();

        // 58.00 x 15/30 = 29.00; 1,200.00 x 15/30 = 600.00
        assertThat(lines(invoice, LineKind.FEE))
                .extracting(InvoiceLine::reference, InvoiceLine::tier, InvoiceLine::quantity, InvoiceLine::basis,
                        InvoiceLine::unitRate, InvoiceLine::amount, InvoiceLine::included)
                .containsExactly(tuple("K-S", Tier.STANDARD, 15L, 30L, eur("58.00"), eur("29.00"), false),
                        tuple("K-M", Tier.MANAGED, 15L, 30L, eur("1200.00"), eur("600.00"), false));
        // STANDARD days are charged (I1 80 -> 90 min x 104.00; I2 10 -> 15 min x 120.00); MANAGED days are included:
        // same minutes and pieces as §3 (I3 first hour split at 20:00, I5 split at midnight), rate and amount 0.00
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::reference, InvoiceLine::date, InvoiceLine::timeClass,
                        InvoiceLine::actualMinutes, InvoiceLine::quantity, InvoiceLine::unitRate, InvoiceLine::amount,
                        InvoiceLine::included)
                .containsExactly(
                        tuple("I1", LocalDate.of(2026, 11, 12), TimeClass.NORMAL, 80L, 90L, eur("104.00"),
                                eur("156.00"), false),
                        tuple("I2", LocalDate.of(2026, 11, 12), TimeClass.NORMAL, 10L, 15L, eur("120.00"),
                                eur("30.00"), false),
                        tuple("I5", LocalDate.of(2026, 11, 16), TimeClass.OFF_HOURS, 30L, 10L, eur("0.00"),
                                eur("0.00"), true),
                        tuple("I5", LocalDate.of(2026, 11, 17), TimeClass.OFF_HOURS, null, 20L, eur("0.00"),
                                eur("0.00"), true),
                        tuple("I3", LocalDate.of(2026, 11, 17), TimeClass.NORMAL, 20L, 30L, eur("0.00"),
                                eur("0.00"), true),
                        tuple("I3", LocalDate.of(2026, 11, 17), TimeClass.OFF_HOURS, null, 30L, eur("0.00"),
                                eur("0.00"), true),
                        tuple("I4", LocalDate.of(2026, 11, 22), TimeClass.SUNDAY_HOLIDAY, 7L, 15L, eur("0.00"),
                                eur("0.00"), true));
        // travel only for the on-site STANDARD day (12 Nov), none for 17 Nov under MANAGED
        assertThat(lines(invoice, LineKind.TRAVEL)).extracting(InvoiceLine::date, InvoiceLine::amount)
                .containsExactly(tuple(LocalDate.of(2026, 11, 12), eur("45.00")));

        assertThat(invoice.tier()).isEqualTo(Tier.MANAGED); // started last
        assertThat(invoice.fees()).isEqualTo(eur("629.00"));
        assertThat(invoice.labour()).isEqualTo(eur("186.00")); // only what is charged
        assertThat(invoice.travel()).isEqualTo(eur("45.00"));
        assertThat(invoice.totalExclVat()).isEqualTo(eur("860.00"));
        assertThat(invoice.vat()).isEqualTo(eur("146.20"));
        assertThat(invoice.totalInclVat()).isEqualTo(eur("1006.20"));
        assertThat(invoice.interventions()).isEqualTo(5);       // included ones count
        assertThat(invoice.billedMinutes()).isEqualTo(210L);    // 90 + 15 + 60 + 15 + 30
    }

    @Test
    void includedOnsiteWorkStillNeedsATravelZone() {
        CustomerBilling billing = standardThenManaged(null, List.of(
                work("I1", "2026-11-17T10:00", "2026-11-17T11:00", Mode.ONSITE, Skill.TECHNICIAN),
                work("I2", "2026-11-17T12:00", "2026-11-17T12:30", Mode.REMOTE, Skill.TECHNICIAN)));
        assertThat(billing.rejections()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(Rejection.RecordType.INTERVENTION);
            assertThat(r.id()).isEqualTo("I1");
            assertThat(r.reason()).contains("travel zone");
        });
        assertThat(billing.invoice().orElseThrow().interventions()).isEqualTo(1);
    }

    @Test
    void aCreditNoteKeepsIncludedLinesIncluded() {
        Invoice invoice = standardThenManaged("1", List.of(
                work("I1", "2026-11-17T10:00", "2026-11-17T10:20", Mode.REMOTE, Skill.TECHNICIAN)))
                .invoice().orElseThrow();
        Invoice negated = new CreditNote("CN-2026-000001", LocalDate.of(2026, 12, 5),
                new IssuedInvoice("INV-2026-000001", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), invoice))
                .negated();
        assertThat(lines(negated, LineKind.LABOUR)).extracting(InvoiceLine::included, InvoiceLine::amount)
                .containsExactly(tuple(true, eur("0.00")));
        assertThat(negated.fees()).isEqualTo(eur("-629.00"));
    }
}
