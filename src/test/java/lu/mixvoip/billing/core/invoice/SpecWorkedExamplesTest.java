package lu.mixvoip.billing.core.invoice;

import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.contract;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.customer;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.eur;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.intervention;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.lines;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** Every worked example of billing-rules.md, end to end through the invoice assembler, with the spec's numbers. */
class SpecWorkedExamplesTest {

    private static final Customer OFFICE_CUSTOMER = customer("C-OFF", "LU", "LU11111111", "1");
    private static final Contract OFFICE_CONTRACT = contract("K-OFF", "C-OFF", Tier.OFFICE, "2026-01-01", null);

    private static Invoice officeInvoice(Intervention... interventions) {
        CustomerBilling billing = InvoiceFixtures.defaultAssembler()
                .bill(month(OFFICE_CUSTOMER, List.of(OFFICE_CONTRACT), List.of(interventions)));
        assertThat(billing.rejections()).isEmpty();
        return billing.invoice().orElseThrow();
    }

    // ---- §3 table: OFFICE customer, TECHNICIAN 96.00 -> OFF_HOURS 144.00, SUNDAY_HOLIDAY 192.00 ----------------

    @ParameterizedTest(name = "§3: {0} -> {1} {2}, actual {3}, billed {4}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-05T09:10|2026-10-05T09:41|REMOTE|31|45|2026-10-05 NORMAL 45 96.00 72.00",
            "2026-10-05T09:10|2026-10-05T09:25|ONSITE|15|60|2026-10-05 NORMAL 60 96.00 96.00",
            "2026-10-05T14:00|2026-10-05T15:20|ONSITE|80|90|2026-10-05 NORMAL 90 96.00 144.00",
            "2026-10-05T19:30|2026-10-05T19:50|ONSITE|20|60|2026-10-05 NORMAL 30 96.00 48.00; "
                    + "2026-10-05 OFF_HOURS 30 144.00 72.00",
            "2026-10-09T23:50|2026-10-10T00:20|REMOTE|30|30|2026-10-09 OFF_HOURS 10 144.00 24.00; "
                    + "2026-10-10 OFF_HOURS 20 144.00 48.00",
            "2026-10-11T10:00|2026-10-11T10:07|REMOTE|7|15|2026-10-11 SUNDAY_HOLIDAY 15 192.00 48.00"})
    void section3Table(String start, String end, Mode mode, long actual, long billed, String expectedLines) {
        Invoice invoice = officeInvoice(intervention("I1", "C-OFF", start, end, mode, Skill.TECHNICIAN));
        List<InvoiceLine> labour = lines(invoice, LineKind.LABOUR);
        String[] expected = expectedLines.split(";");
        assertThat(labour).hasSize(expected.length);
        java.math.BigDecimal sum = eur("0.00");
        for (int i = 0; i < expected.length; i++) {
            String[] f = expected[i].trim().split(" ");
            InvoiceLine line = labour.get(i);
            assertThat(line.date()).isEqualTo(LocalDate.parse(f[0]));
            assertThat(line.timeClass()).isEqualTo(TimeClass.valueOf(f[1]));
            assertThat(line.quantity()).isEqualTo(Long.parseLong(f[2]));
            assertThat(line.unitRate()).isEqualTo(eur(f[3]));
            assertThat(line.amount()).isEqualTo(eur(f[4]));
            assertThat(line.reference()).isEqualTo("I1");
            assertThat(line.mode()).isEqualTo(mode);
            assertThat(line.skill()).isEqualTo(Skill.TECHNICIAN);
            // actual minutes printed on the intervention's first line only
            assertThat(line.actualMinutes()).isEqualTo(i == 0 ? Long.valueOf(actual) : null);
            sum = sum.add(eur(f[4]));
        }
        assertThat(invoice.labour()).isEqualTo(sum);
        assertThat(invoice.billedMinutes()).isEqualTo(billed);
        assertThat(invoice.interventions()).isEqualTo(1);
        assertThat(invoice.fees()).isEqualTo(eur("262.00"));
        assertThat(invoice.travel()).isEqualTo(mode == Mode.ONSITE ? eur("45.00") : eur("0.00"));
    }

    // ---- §3: STANDARD customer, CABLING 89.00 -> OFF_HOURS 133.50: 15 min = 33.38 ------------------------------

    @Test
    void standardCablingOffHoursRoundsHalfUp() {
        assertThat(Money.forMinutes(15, eur("133.50"))).isEqualTo(eur("33.38"));
        Customer c = customer("C-STD", "LU", null, "1");
        CustomerBilling billing = InvoiceFixtures.defaultAssembler().bill(month(c,
                List.of(contract("K-STD", "C-STD", Tier.STANDARD, "2025-03-01", null)),
                List.of(intervention("I1", "C-STD", "2026-10-05T20:00", "2026-10-05T20:10", Mode.REMOTE,
                        Skill.CABLING))));
        Invoice invoice = billing.invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.LABOUR))
                .extracting(InvoiceLine::timeClass, InvoiceLine::quantity, InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(tuple(TimeClass.OFF_HOURS, 15L, eur("133.50"), eur("33.38")));
        assertThat(invoice.labour()).isEqualTo(eur("33.38"));
    }

    // ---- §5: proration ----------------------------------------------------------------------------------------

    @Test
    void standardFromThe15thIsProrated() {
        Customer c = customer("C-PRO", "LU", null, "1");
        Invoice invoice = InvoiceFixtures.defaultAssembler().bill(month(c,
                List.of(contract("K-PRO", "C-PRO", Tier.STANDARD, "2026-10-15", null)), List.of()))
                .invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE))
                .extracting(InvoiceLine::tier, InvoiceLine::reference, InvoiceLine::date, InvoiceLine::quantity,
                        InvoiceLine::basis, InvoiceLine::unitRate, InvoiceLine::amount)
                .containsExactly(tuple(Tier.STANDARD, "K-PRO", LocalDate.of(2026, 10, 15), 17L, 31L, eur("58.00"),
                        eur("31.81")));
        assertThat(invoice.fees()).isEqualTo(eur("31.81"));
        assertThat(invoice.totalExclVat()).isEqualTo(eur("31.81"));
        assertThat(invoice.interventions()).isZero();
        assertThat(invoice.tier()).isEqualTo(Tier.STANDARD);
    }

    @ParameterizedTest(name = "{0} {1}..{2} in Oct 2026 -> {3} days, {4}")
    @CsvSource(delimiter = '|', value = {
            "STANDARD|2025-03-01||31|58.00",          // a whole month is exactly the fee
            "OFFICE|2026-10-01|2026-10-31|31|262.00",
            "ENTERPRISE|2020-01-01|2030-12-31|31|318.00",
            "ENTERPRISE|2024-01-01|2026-10-10|10|102.58",
            "OFFICE|2026-10-11||21|177.48",
            "OFFICE|2026-10-15||17|143.68",
            "STANDARD|2026-10-31||1|1.87",            // 58/31 = 1.870967...
            "STANDARD|2026-10-01|2026-10-01|1|1.87",
            "ENTERPRISE|2026-10-16|2026-10-16|1|10.26", // 318/31 = 10.258...
            "OFFICE|2026-09-01|2026-10-02|2|16.90"})   // 524/31 = 16.903...
    void proration(Tier tier, String start, String end, long days, String amount) {
        Customer c = customer("C-P", "LU", null, "1");
        Invoice invoice = InvoiceFixtures.defaultAssembler().bill(month(c,
                List.of(contract("K-P", "C-P", tier, start, end)), List.of())).invoice().orElseThrow();
        assertThat(lines(invoice, LineKind.FEE)).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(days);
            assertThat(line.basis()).isEqualTo(31L);
            assertThat(line.amount()).isEqualTo(eur(amount));
        });
    }

    @Test
    void prorationInFebruaryAndAThirtyDayMonth() {
        Customer c = customer("C-F", "LU", null, "1");
        Invoice feb = InvoiceFixtures.defaultAssembler().bill(new CustomerMonth(c, java.time.YearMonth.of(2027, 2),
                List.of(contract("K-F", "C-F", Tier.OFFICE, "2027-02-15", null)), List.of())).invoice().orElseThrow();
        // 262 x 14 / 28 = 131.00
        assertThat(feb.fees()).isEqualTo(eur("131.00"));
        assertThat(lines(feb, LineKind.FEE).get(0).basis()).isEqualTo(28L);
        Invoice nov = InvoiceFixtures.defaultAssembler().bill(new CustomerMonth(c, java.time.YearMonth.of(2026, 11),
                List.of(contract("K-F", "C-F", Tier.STANDARD, "2026-01-01", "2026-11-10")), List.of()))
                .invoice().orElseThrow();
        // 58 x 10 / 30 = 19.333 -> 19.33
        assertThat(nov.fees()).isEqualTo(eur("19.33"));
    }

    // ---- §7: VAT ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "§7: {0} vat number \"{1}\" -> {2} {3}%")
    @CsvSource(delimiter = '|', value = {
            "LU|LU12345678|DOMESTIC|17.00|9.86|67.86",
            "LU||DOMESTIC|17.00|9.86|67.86",
            "BE|BE0123456789|REVERSE_CHARGE|0.00|0.00|58.00",
            "DE|DE123456789|REVERSE_CHARGE|0.00|0.00|58.00",
            "FR||EU_NO_VAT_NUMBER|17.00|9.86|67.86",
            "FR|'   '|EU_NO_VAT_NUMBER|17.00|9.86|67.86",
            "DE||EU_NO_VAT_NUMBER|17.00|9.86|67.86",
            "CH|CHE-123.456.789|OUTSIDE_EU|0.00|0.00|58.00",
            "CH||OUTSIDE_EU|0.00|0.00|58.00",
            "US||OUTSIDE_EU|0.00|0.00|58.00",
            "GB|GB123456789|OUTSIDE_EU|0.00|0.00|58.00",
            "be|BE0123456789|REVERSE_CHARGE|0.00|0.00|58.00"})
    void vat(String country, String vatNumber, VatTreatment treatment, String rate, String vat, String incl) {
        Customer c = customer("C-V", country, vatNumber, "1");
        Invoice invoice = InvoiceFixtures.defaultAssembler().bill(month(c,
                List.of(contract("K-V", "C-V", Tier.STANDARD, "2025-01-01", null)), List.of())).invoice().orElseThrow();
        assertThat(invoice.totalExclVat()).isEqualTo(eur("58.00"));
        assertThat(invoice.vatTreatment()).isEqualTo(treatment);
        assertThat(invoice.vatRate()).isEqualTo(eur(rate));
        assertThat(invoice.vat()).isEqualTo(eur(vat));
        assertThat(invoice.totalInclVat()).isEqualTo(eur(incl));
    }

    @Test
    void vatMentions() {
        assertThat(VatTreatment.DOMESTIC.mention()).isNull();
        assertThat(VatTreatment.EU_NO_VAT_NUMBER.mention()).isNull();
        assertThat(VatTreatment.REVERSE_CHARGE.mention())
                .isEqualTo("Autoliquidation / Reverse charge — art. 196 Directive 2006/112/CE");
        assertThat(VatTreatment.OUTSIDE_EU.mention())
                .isEqualTo("Hors champ de la TVA UE / Outside the scope of EU VAT");
    }

    @Test
    void vatIsRoundedHalfUpOnceOnTheInvoiceTotal() {
        // fee 58.00 + 30 min STANDARD cabling 44.50 = 102.50 ; x 17 % = 17.425 -> 17.43 (HALF_UP, not HALF_EVEN)
        Customer c = customer("C-R", "LU", null, "1");
        Invoice invoice = InvoiceFixtures.defaultAssembler().bill(month(c,
                List.of(contract("K-R", "C-R", Tier.STANDARD, "2025-01-01", null)),
                List.of(intervention("I1", "C-R", "2026-10-06T10:00", "2026-10-06T10:30", Mode.REMOTE,
                        Skill.CABLING)))).invoice().orElseThrow();
        assertThat(invoice.totalExclVat()).isEqualTo(eur("102.50"));
        assertThat(invoice.vat()).isEqualTo(eur("17.43"));
        assertThat(invoice.totalInclVat()).isEqualTo(eur("119.93"));
    }

    @Test
    void vatPolicyTreatments() {
        VatPolicy vat = InvoiceFixtures.VAT;
        assertThat(vat.treatmentOf(customer("X", "LU", "LU1", null))).isEqualTo(VatTreatment.DOMESTIC);
        assertThat(vat.treatmentOf(customer("X", "BE", "BE1", null))).isEqualTo(VatTreatment.REVERSE_CHARGE);
        assertThat(vat.treatmentOf(customer("X", "FR", null, null))).isEqualTo(VatTreatment.EU_NO_VAT_NUMBER);
        assertThat(vat.treatmentOf(customer("X", "CH", null, null))).isEqualTo(VatTreatment.OUTSIDE_EU);
        assertThat(vat.rateFor(VatTreatment.DOMESTIC)).isEqualByComparingTo("17");
        assertThat(vat.rateFor(VatTreatment.EU_NO_VAT_NUMBER)).isEqualByComparingTo("17");
        assertThat(vat.rateFor(VatTreatment.REVERSE_CHARGE)).isEqualByComparingTo("0");
        assertThat(vat.rateFor(VatTreatment.OUTSIDE_EU)).isEqualByComparingTo("0");
        for (String eu : InvoiceFixtures.EU) {
            if (!eu.equals("LU")) {
                assertThat(vat.treatmentOf(customer("X", eu, "N1", null))).as(eu).isEqualTo(VatTreatment.REVERSE_CHARGE);
            }
        }
        assertThat(InvoiceFixtures.EU).hasSize(27);
    }
}
