package lu.mixvoip.billing.core.invoice;

import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.contract;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.customer;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.eur;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.intervention;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.lines;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.tariff.DefaultTariffFixture;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** billing-rules §4 (travel), §5 (contracts, overlap), §6 (who gets an invoice), §1 (effective-dated versions). */
class InvoiceAssemblerRulesTest {

    private static final InvoiceAssembler DEFAULT = InvoiceFixtures.defaultAssembler();

    // ---- §5: overlapping contracts -------------------------------------------------------------------------------

    @Test
    void overlappingContractsRejectTheWholeCustomerMonth() {
        Customer c = customer("C1", "LU", null, "1");
        Contract old = contract("K-OLD", "C1", Tier.OFFICE, "2026-01-01", "2026-08-31"); // not in October
        Contract a = contract("K-A", "C1", Tier.STANDARD, "2026-01-01", null);
        Contract b = contract("K-B", "C1", Tier.OFFICE, "2026-10-20", null);
        Intervention i1 = intervention("I1", "C1", "2026-10-05T10:00", "2026-10-05T11:00", Mode.REMOTE, Skill.ENGINEER);
        Intervention i2 = intervention("I2", "C1", "2026-10-21T10:00", "2026-10-21T11:00", Mode.ONSITE, Skill.CABLING);

        CustomerBilling billing = DEFAULT.bill(month(c, List.of(old, a, b), List.of(i1, i2)));

        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections())
                .extracting(Rejection::type, Rejection::id)
                .containsExactlyInAnyOrder(tuple(Rejection.RecordType.CONTRACT, "K-A"),
                        tuple(Rejection.RecordType.CONTRACT, "K-B"),
                        tuple(Rejection.RecordType.INTERVENTION, "I1"),
                        tuple(Rejection.RecordType.INTERVENTION, "I2"));
        // the reason names the contracts
        assertThat(billing.rejections()).allSatisfy(r -> assertThat(r.reason()).contains("K-A").contains("K-B"));
    }

    @Test
    void contractsSharingOneDayOverlap() {
        Customer c = customer("C1", "LU", null, "1");
        CustomerBilling billing = DEFAULT.bill(month(c, List.of(
                contract("K-A", "C1", Tier.STANDARD, "2026-01-01", "2026-10-15"),
                contract("K-B", "C1", Tier.OFFICE, "2026-10-15", null)), List.of()));
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections()).extracting(Rejection::id).containsExactlyInAnyOrder("K-A", "K-B");
    }

    @Test
    void adjacentContractsAreATierChange() {
        Customer c = customer("C1", "LU", null, "1");
        CustomerBilling billing = DEFAULT.bill(month(c, List.of(
                contract("K-B", "C1", Tier.OFFICE, "2026-10-16", null),
                contract("K-A", "C1", Tier.STANDARD, "2026-01-01", "2026-10-15")),
                List.of(intervention("I1", "C1", "2026-10-15T10:00", "2026-10-15T11:00", Mode.REMOTE, Skill.ENGINEER),
                        intervention("I2", "C1", "2026-10-16T10:00", "2026-10-16T11:00", Mode.REMOTE,
                                Skill.ENGINEER))));
        assertThat(billing.rejections()).isEmpty();
        Invoice invoice = billing.invoice().orElseThrow();
        // 58 x 15/31 = 28.06 ; 262 x 16/31 = 135.23
        assertThat(lines(invoice, LineKind.FEE)).extracting(InvoiceLine::reference, InvoiceLine::amount)
                .containsExactly(tuple("K-A", eur("28.06")), tuple("K-B", eur("135.23")));
        // tier of the contract active on the start date: STANDARD 120.00 then OFFICE 111.00
        assertThat(lines(invoice, LineKind.LABOUR)).extracting(InvoiceLine::reference, InvoiceLine::amount)
                .containsExactly(tuple("I1", eur("120.00")), tuple("I2", eur("111.00")));
        assertThat(invoice.tier()).isEqualTo(Tier.OFFICE); // the contract that started last
        assertThat(invoice.totalExclVat()).isEqualTo(eur("394.29"));
    }

    @Test
    void overlapOutsideTheBilledMonthDoesNotMatter() {
        Customer c = customer("C1", "LU", null, "1");
        CustomerBilling billing = DEFAULT.bill(month(c, List.of(
                contract("K-A", "C1", Tier.STANDARD, "2026-01-01", "2026-09-30"),
                contract("K-B", "C1", Tier.OFFICE, "2026-09-15", null)), List.of()));
        assertThat(billing.rejections()).isEmpty();
        assertThat(billing.invoice().orElseThrow().fees()).isEqualTo(eur("262.00"));
    }

    // ---- §4 / §11: on-site work needs a travel zone ------------------------------------------------------------------

    @Test
    void onsiteWithoutTravelZoneIsRejectedTheRestIsBilled() {
        Customer c = customer("C1", "CH", null, null);
        CustomerBilling billing = DEFAULT.bill(month(c, List.of(), List.of(
                intervention("I1", "C1", "2026-10-06T10:00", "2026-10-06T11:00", Mode.ONSITE, Skill.TECHNICIAN),
                intervention("I2", "C1", "2026-10-06T14:00", "2026-10-06T14:30", Mode.REMOTE, Skill.TECHNICIAN))));
        assertThat(billing.rejections()).extracting(Rejection::type, Rejection::id)
                .containsExactly(tuple(Rejection.RecordType.INTERVENTION, "I1"));
        Invoice invoice = billing.invoice().orElseThrow();
        assertThat(invoice.interventions()).isEqualTo(1);
        assertThat(invoice.labour()).isEqualTo(eur("54.00"));
        assertThat(invoice.travel()).isEqualTo(eur("0.00"));
        assertThat(invoice.billedMinutes()).isEqualTo(30);
    }

    @Test
    void blankTravelZoneIsNoTravelZone() {
        Customer c = customer("C1", "LU", null, "  ");
        CustomerBilling billing = DEFAULT.bill(month(c, List.of(), List.of(
                intervention("I1", "C1", "2026-10-06T10:00", "2026-10-06T11:00", Mode.ONSITE, Skill.TECHNICIAN))));
        assertThat(billing.rejections()).extracting(Rejection::id).containsExactly("I1");
        assertThat(billing.invoice()).isEmpty();
    }

    // ---- §6: who gets an invoice ---------------------------------------------------------------------------------

    @Test
    void customerWhoseOnlyRowsWereRejectedGetsNoInvoice() {
        Customer c = customer("C1", "LU", null, null);
        CustomerBilling billing = DEFAULT.bill(month(c, List.of(), List.of(
                intervention("I1", "C1", "2026-10-06T10:00", "2026-10-06T11:00", Mode.ONSITE, Skill.TECHNICIAN))));
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections()).hasSize(1);
    }

    @Test
    void customerWithNothingGetsNoInvoice() {
        CustomerBilling billing = DEFAULT.bill(month(customer("C1", "LU", null, "1"), List.of(), List.of()));
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections()).isEmpty();
        // a contract that does not touch the month is not enough
        CustomerBilling ended = DEFAULT.bill(month(customer("C1", "LU", null, "1"),
                List.of(contract("K", "C1", Tier.OFFICE, "2026-01-01", "2026-09-30"),
                        contract("K2", "C1", Tier.OFFICE, "2026-11-01", null)), List.of()));
        assertThat(ended.invoice()).isEmpty();
        assertThat(ended.rejections()).isEmpty();
    }

    @Test
    void aContractAloneMakesAnInvoice() {
        Invoice invoice = DEFAULT.bill(month(customer("C1", "LU", null, null),
                List.of(contract("K", "C1", Tier.ENTERPRISE, "2026-10-31", null)), List.of())).invoice().orElseThrow();
        assertThat(invoice.fees()).isEqualTo(eur("10.26"));
        assertThat(invoice.labour()).isEqualTo(eur("0.00"));
        assertThat(invoice.travel()).isEqualTo(eur("0.00"));
        assertThat(invoice.interventions()).isZero();
        assertThat(invoice.billedMinutes()).isZero();
    }

    // ---- §4: travel: one fee per customer per start date with on-site work -------------------------------------------

    @Test
    void oneTravelFeePerOnsiteStartDate() {
        Customer c = customer("C1", "LU", null, "3");
        Invoice invoice = DEFAULT.bill(month(c, List.of(), List.of(
                intervention("I1", "C1", "2026-10-09T23:30", "2026-10-10T00:30", Mode.ONSITE, Skill.TECHNICIAN),
                intervention("I2", "C1", "2026-10-09T10:00", "2026-10-09T10:30", Mode.ONSITE, Skill.TECHNICIAN),
                intervention("I3", "C1", "2026-10-10T08:00", "2026-10-10T08:30", Mode.ONSITE, Skill.TECHNICIAN),
                intervention("I4", "C1", "2026-10-12T08:00", "2026-10-12T08:30", Mode.REMOTE, Skill.TECHNICIAN))))
                .invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.TRAVEL))
                .extracting(InvoiceLine::date, InvoiceLine::reference, InvoiceLine::quantity, InvoiceLine::amount)
                .containsExactly(tuple(LocalDate.of(2026, 10, 9), "3", 1L, eur("110.00")),
                        tuple(LocalDate.of(2026, 10, 10), "3", 1L, eur("110.00")));
        assertThat(invoice.travel()).isEqualTo(eur("220.00"));
        // travel is never multiplied by a time class (I3 is on a Saturday)
    }

    @Test
    void interventionsAreRatedAtTheTierOnTheirStartDate() {
        // STANDARD from 15 Oct: an intervention from 14 Oct 23:30 is all NONE, even its minutes on the 15th
        Customer c = customer("C1", "LU", null, "1");
        Invoice invoice = DEFAULT.bill(month(c, List.of(contract("K", "C1", Tier.STANDARD, "2026-10-15", null)),
                List.of(intervention("I1", "C1", "2026-10-14T23:30", "2026-10-15T00:30", Mode.REMOTE,
                        Skill.TECHNICIAN)))).invoice().orElseThrow();
        // NONE TECHNICIAN 108.00 x 1.5 = 162.00 ; 30 min = 81.00 twice
        assertThat(lines(invoice, LineKind.LABOUR)).extracting(InvoiceLine::date, InvoiceLine::unitRate,
                        InvoiceLine::amount)
                .containsExactly(tuple(LocalDate.of(2026, 10, 14), eur("162.00"), eur("81.00")),
                        tuple(LocalDate.of(2026, 10, 15), eur("162.00"), eur("81.00")));
    }

    // ---- §1: a non-default card with two versions inside October 2026 (v2 from 15 Oct) -----------------------------

    @Test
    void customCardWithTwoVersionsInOneMonth() {
        Customer c = customer("CX", "LU", null, "A");
        List<Contract> contracts = List.of(
                contract("K1", "CX", Tier.STANDARD, "2026-01-01", "2026-10-15"),
                contract("K2", "CX", Tier.OFFICE, "2026-10-16", null));
        List<Intervention> interventions = List.of(
                intervention("I1", "CX", "2026-10-14T08:50", "2026-10-14T09:21", Mode.REMOTE, Skill.TECHNICIAN),
                intervention("I2", "CX", "2026-10-15T17:30", "2026-10-15T18:31", Mode.ONSITE, Skill.CABLING),
                intervention("I3", "CX", "2026-10-14T23:30", "2026-10-15T00:30", Mode.ONSITE, Skill.ENGINEER),
                intervention("I4", "CX", "2026-10-18T10:00", "2026-10-18T10:05", Mode.REMOTE, Skill.CONSULTING),
                intervention("I5", "CX", "2026-10-16T12:00", "2026-10-16T12:10", Mode.ONSITE, Skill.TECHNICIAN));

        CustomerBilling billing = InvoiceFixtures.assembler(DefaultTariffFixture.customTariff())
                .bill(month(c, contracts, interventions));

        assertThat(billing.rejections()).isEmpty();
        Invoice invoice = billing.invoice().orElseThrow();
        // fees with the version on the first active day: K1 v1 31.00 x 15/31 ; K2 v2 124.00 x 16/31
        assertThat(lines(invoice, LineKind.FEE))
                .extracting(InvoiceLine::reference, InvoiceLine::unitRate, InvoiceLine::quantity, InvoiceLine::amount)
                .containsExactly(tuple("K1", eur("31.00"), 15L, eur("15.00")),
                        tuple("K2", eur("124.00"), 16L, eur("64.00")));
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::reference, InvoiceLine::date, InvoiceLine::timeClass, InvoiceLine::quantity,
                        InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(
                        // v1, STANDARD, TECHNICIAN 80.00; 31 -> 40 min (30/10); 09:00 is the start of normal hours
                        tuple("I1", LocalDate.of(2026, 10, 14), TimeClass.OFF_HOURS, 10L, eur("100.00"), eur("16.67")),
                        tuple("I1", LocalDate.of(2026, 10, 14), TimeClass.NORMAL, 30L, eur("80.00"), eur("40.00")),
                        // started on the 14th: v1 for its minutes on the 15th too; 60 min on site (45/20)
                        tuple("I3", LocalDate.of(2026, 10, 14), TimeClass.OFF_HOURS, 30L, eur("125.00"), eur("62.50")),
                        tuple("I3", LocalDate.of(2026, 10, 15), TimeClass.OFF_HOURS, 30L, eur("125.00"), eur("62.50")),
                        // v2, STANDARD still (K1 ends on the 15th), CABLING 66.00; 61 -> 80 min; 18:00 ends normal hours
                        tuple("I2", LocalDate.of(2026, 10, 15), TimeClass.NORMAL, 30L, eur("66.00"), eur("33.00")),
                        tuple("I2", LocalDate.of(2026, 10, 15), TimeClass.OFF_HOURS, 50L, eur("82.50"), eur("68.75")),
                        // v2, OFFICE, TECHNICIAN 88.00; 10 -> 45 min
                        tuple("I5", LocalDate.of(2026, 10, 16), TimeClass.NORMAL, 45L, eur("88.00"), eur("66.00")),
                        // v2, OFFICE, CONSULTING 132.00 x 3.0 on Sunday; 5 -> 30 min
                        tuple("I4", LocalDate.of(2026, 10, 18), TimeClass.SUNDAY_HOLIDAY, 30L, eur("396.00"),
                                eur("198.00")));
        // travel with the version in force on that day: zone A 50.00 (v1) then 60.00 (v2)
        assertThat(lines(invoice, LineKind.TRAVEL))
                .extracting(InvoiceLine::date, InvoiceLine::reference, InvoiceLine::amount)
                .containsExactly(tuple(LocalDate.of(2026, 10, 14), "A", eur("50.00")),
                        tuple(LocalDate.of(2026, 10, 15), "A", eur("60.00")),
                        tuple(LocalDate.of(2026, 10, 16), "A", eur("60.00")));
        assertThat(invoice.fees()).isEqualTo(eur("79.00"));
        assertThat(invoice.labour()).isEqualTo(eur("547.42"));
        assertThat(invoice.travel()).isEqualTo(eur("170.00"));
        assertThat(invoice.totalExclVat()).isEqualTo(eur("796.42"));
        assertThat(invoice.vat()).isEqualTo(eur("135.39"));
        assertThat(invoice.totalInclVat()).isEqualTo(eur("931.81"));
        assertThat(invoice.interventions()).isEqualTo(5);
        assertThat(invoice.billedMinutes()).isEqualTo(255);
        assertThat(invoice.tier()).isEqualTo(Tier.OFFICE);
    }

    @Test
    void customZoneBWholeMonthFeeUsesTheVersionOnTheFirstDay() {
        Customer c = customer("CY", "FR", "FR123", "B");
        Invoice invoice = InvoiceFixtures.assembler(DefaultTariffFixture.customTariff()).bill(month(c,
                List.of(contract("K", "CY", Tier.ENTERPRISE, "2025-06-01", null)),
                List.of(intervention("I1", "CY", "2026-10-20T10:00", "2026-10-20T10:30", Mode.ONSITE,
                        Skill.TECHNICIAN)))).invoice().orElseThrow();
        assertThat(invoice.fees()).isEqualTo(eur("93.00"));      // v1 (1 Oct), not v2's 186.00
        assertThat(invoice.labour()).isEqualTo(eur("66.00"));    // v2: 45 min x 88.00
        assertThat(invoice.travel()).isEqualTo(eur("120.00"));   // v2 zone B
        assertThat(invoice.vat()).isEqualTo(eur("0.00"));        // FR with VAT number: reverse charge
        assertThat(invoice.totalInclVat()).isEqualTo(eur("279.00"));
    }

    @Test
    void nothingIsBilledBeforeTheFirstTariffVersion() {
        // not stated by the spec: the core refuses to rate a day no version covers
        Customer c = customer("CZ", "LU", null, "A");
        CustomerBilling billing = InvoiceFixtures.assembler(DefaultTariffFixture.customTariff()).bill(
                new CustomerMonth(c, YearMonth.of(2025, 12),
                        List.of(contract("K", "CZ", Tier.STANDARD, "2025-06-01", null)),
                        List.of(intervention("I1", "CZ", "2025-12-10T10:00", "2025-12-10T11:00", Mode.REMOTE,
                                Skill.TECHNICIAN))));
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.rejections()).extracting(Rejection::type, Rejection::id)
                .containsExactlyInAnyOrder(tuple(Rejection.RecordType.CONTRACT, "K"),
                        tuple(Rejection.RecordType.INTERVENTION, "I1"));
    }

    // ---- §1: amounts are cents even when a tariff file writes "45" or "45.0" -----------------------------------------

    @Test
    void travelAmountsHaveTwoDecimalsWhateverTheTariffScale() {
        TariffVersion v = DefaultTariffFixture.defaultVersion();
        Map<String, BigDecimal> travel = new LinkedHashMap<>();
        travel.put("1", new BigDecimal("45"));
        travel.put("2", new BigDecimal("75.0"));
        Map<lu.mixvoip.billing.core.tariff.Tier, BigDecimal> fees = new EnumMap<>(v.monthlyFees());
        TariffVersion plain = new TariffVersion(v.effectiveFrom(), fees, v.hourlyRates(), v.normalFrom(),
                v.normalTo(), v.multipliers(), v.increments(), travel);
        InvoiceAssembler assembler = InvoiceFixtures.assembler(new Tariff(List.of(plain)));
        for (String zone : List.of("1", "2")) {
            Invoice invoice = assembler.bill(month(customer("C1", "LU", null, zone), List.of(), List.of(
                    intervention("I1", "C1", "2026-10-06T10:00", "2026-10-06T11:00", Mode.ONSITE, Skill.TECHNICIAN))))
                    .invoice().orElseThrow();
            BigDecimal expected = zone.equals("1") ? eur("45.00") : eur("75.00");
            assertThat(lines(invoice, LineKind.TRAVEL)).singleElement()
                    .satisfies(l -> assertThat(l.amount()).isEqualTo(expected));
            assertThat(invoice.travel()).isEqualTo(expected);
        }
    }
}
