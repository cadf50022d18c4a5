package lu.mixvoip.billing.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;

/** The pack's figures from documents made here, each expected value worked out by hand. */
class FinancePackTest {
    private static final AccountingProperties ACCOUNTS = new AccountingProperties("4011", "461411",
            new AccountingProperties.Revenue("703001", "703002", "703003"),
            Map.of("managed", new AccountingProperties.Revenue("703009", null, null)), "en");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void aDomesticEuWithoutNumberReverseChargeAndOutsideEuPeriodSumsByTreatmentAndRate() {
        FinancePack pack = new FinancePack(ACCOUNTS);
        pack.add(doc("INV-1", false, "LU", "LU1", VatTreatment.DOMESTIC, "17.00", "100.00", "17.00",
                line(LineKind.FEE, Tier.STANDARD, null, "100.00")));
        pack.add(doc("INV-2", false, "DE", null, VatTreatment.EU_NO_VAT_NUMBER, "17.00", "10.00", "1.70",
                line(LineKind.LABOUR, Tier.NONE, Skill.ENGINEER, "10.00")));
        pack.add(doc("INV-3", false, "BE", "be 0123.456-789", VatTreatment.REVERSE_CHARGE, "0.00", "50.00",
                "0.00", line(LineKind.LABOUR, Tier.OFFICE, Skill.CONSULTING, "50.00")));
        pack.add(doc("INV-4", false, "CH", "CHE-1", VatTreatment.OUTSIDE_EU, "0.00", "7.00", "0.00",
                line(LineKind.TRAVEL, null, null, "7.00")));

        assertThat(text(pack.vatSummaryCsv())).isEqualTo("""
                treatment,vat_rate,documents,taxable_amount,vat_amount
                STANDARD,17.00,2,110.00,18.70
                REVERSE_CHARGE,0.00,1,50.00,0.00
                OUT_OF_SCOPE,0.00,1,7.00,0.00
                TOTAL,,4,167.00,18.70
                """);
        assertThat(text(pack.ecSalesListCsv())).isEqualTo("country,vat_number,amount\nBE,0123456789,50.00\n");
    }

    @Test
    void aCancelledReverseChargeInvoiceKeepsItsRowAtZeroAndRowsAreByCountryThenNumber() {
        FinancePack pack = new FinancePack(ACCOUNTS);
        pack.add(doc("INV-1", false, "FR", "FR12", VatTreatment.REVERSE_CHARGE, "0.00", "30.00", "0.00",
                line(LineKind.FEE, Tier.OFFICE, null, "30.00")));
        pack.add(doc("INV-2", false, "BE", "BE99", VatTreatment.REVERSE_CHARGE, "0.00", "20.00", "0.00",
                line(LineKind.FEE, Tier.OFFICE, null, "20.00")));
        pack.add(doc("CN-1", true, "FR", "FR12", VatTreatment.REVERSE_CHARGE, "0.00", "-30.00", "0.00",
                line(LineKind.FEE, Tier.OFFICE, null, "-30.00")));
        pack.add(doc("INV-3", false, "GR", "EL123", VatTreatment.REVERSE_CHARGE, "0.00", "5.00", "0.00",
                line(LineKind.FEE, Tier.OFFICE, null, "5.00")));

        assertThat(text(pack.ecSalesListCsv())).isEqualTo(
                "country,vat_number,amount\nBE,99,20.00\nEL,123,5.00\nFR,12,0.00\n");
    }

    @Test
    void aCreditNoteReversesItsInvoiceInTheJournalAndTierAccountsTakeTheirLines() {
        FinancePack pack = new FinancePack(ACCOUNTS);
        PeriodDocument.Line fee = line(LineKind.FEE, Tier.MANAGED, null, "500.00");
        PeriodDocument.Line included = line(LineKind.LABOUR, Tier.MANAGED, Skill.TECHNICIAN, "0.00");
        PeriodDocument.Line travel = line(LineKind.TRAVEL, null, null, "45.00");
        pack.add(doc("INV-1", false, "LU", "LU1", VatTreatment.DOMESTIC, "17.00", "545.00", "92.65", fee,
                included, travel));
        pack.add(doc("CN-1", true, "LU", "LU1", VatTreatment.DOMESTIC, "17.00", "-545.00", "-92.65",
                line(LineKind.FEE, Tier.MANAGED, null, "-500.00"),
                line(LineKind.LABOUR, Tier.MANAGED, Skill.TECHNICIAN, "0.00"),
                line(LineKind.TRAVEL, null, null, "-45.00")));

        // The managed fee goes to its tier's account; travel keeps the general one (none given for the tier);
        // included work alone adds up to 0.00 and gets no row. 545.00 + 17 % = 92.65, 637.65 incl. VAT.
        assertThat(text(pack.journalCsv())).isEqualTo("""
                date,document_number,customer_id,account,label,debit,credit
                2026-11-01,INV-1,C1,4011,Invoice INV-1 — Customer,637.65,0.00
                2026-11-01,INV-1,C1,703009,Invoice INV-1 — fees,0.00,500.00
                2026-11-01,INV-1,C1,703003,Invoice INV-1 — travel,0.00,45.00
                2026-11-01,INV-1,C1,461411,Invoice INV-1 — VAT 17.00 %,0.00,92.65
                2026-11-01,CN-1,C1,4011,Credit note CN-1 — Customer,0.00,637.65
                2026-11-01,CN-1,C1,703009,Credit note CN-1 — fees,500.00,0.00
                2026-11-01,CN-1,C1,703003,Credit note CN-1 — travel,45.00,0.00
                2026-11-01,CN-1,C1,461411,Credit note CN-1 — VAT 17.00 %,92.65,0.00
                """);
        assertThat(pack.figures().invoices()).isEqualTo(1);
        assertThat(pack.figures().creditNotes()).isEqualTo(1);
        assertThat(pack.figures().totalExclVat()).isEqualByComparingTo("0.00");
    }

    @Test
    void aDocumentWhoseLinesDoNotAddUpToItsTotalIsRefused() {
        FinancePack pack = new FinancePack(ACCOUNTS);

        assertThatThrownBy(() -> pack.add(doc("INV-9", false, "LU", "LU1", VatTreatment.DOMESTIC, "17.00",
                "100.00", "17.00", line(LineKind.FEE, Tier.STANDARD, null, "99.99"))))
                .hasMessageContaining("INV-9: its lines add up to 99.99 but its total excl. VAT is 100.00");
    }

    @Test
    void theOverviewCountsRevenueByTheLinesTierAndTravelByTheDocumentsAndLabourBySkill() {
        FinancePack pack = new FinancePack(ACCOUNTS);
        pack.add(doc("INV-1", false, "LU", "LU1", VatTreatment.DOMESTIC, "17.00", "190.00", "32.30",
                line(LineKind.FEE, Tier.OFFICE, null, "100.00"),
                line(LineKind.LABOUR, Tier.NONE, Skill.ENGINEER, "40.00"),
                line(LineKind.LABOUR, Tier.OFFICE, Skill.ENGINEER, "5.00"),
                line(LineKind.TRAVEL, null, null, "45.00")));

        // The document's tier is STANDARD (see doc): its travel counts there.
        assertThat(pack.figures().byTier()).containsOnly(Map.entry(Tier.OFFICE, new BigDecimal("105.00")),
                Map.entry(Tier.NONE, new BigDecimal("40.00")), Map.entry(Tier.STANDARD, new BigDecimal("45.00")));
        assertThat(pack.figures().bySkill()).containsOnly(Map.entry(Skill.ENGINEER, new BigDecimal("45.00")));
        assertThat(pack.figures().byCountry()).containsOnly(Map.entry("LU", new BigDecimal("190.00")));
    }

    @Test
    void anEmptyPeriodIsHeadersAndATotalOfZeros() {
        FinancePack pack = new FinancePack(ACCOUNTS);

        assertThat(text(pack.vatSummaryCsv())).isEqualTo(
                "treatment,vat_rate,documents,taxable_amount,vat_amount\nTOTAL,,0,0.00,0.00\n");
        assertThat(text(pack.ecSalesListCsv())).isEqualTo("country,vat_number,amount\n");
        assertThat(text(pack.journalCsv())).isEqualTo("date,document_number,customer_id,account,label,debit,credit\n");
    }

    @Test
    void periodsAreMonthsOrQuarters() {
        FinancePeriod quarter = FinancePeriod.parse("2026-Q4");

        assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(quarter.twelveBillingMonths()).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 11))
                .hasSize(12);
        assertThat(FinancePeriod.parse("2026-02").lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
        for (String bad : List.of("2026-13", "2026-Q0", "2026-Q5", "26-11", "2026-1", "1999-12", "november")) {
            assertThatThrownBy(() -> FinancePeriod.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--period=" + bad);
        }
    }

    @Test
    void aBlankAccountOrAnUnknownTierIsRefusedNamingTheKey() {
        AccountingProperties.Revenue revenue = new AccountingProperties.Revenue("1", "2", "3");

        assertThatThrownBy(() -> new AccountingProperties(" ", "461411", revenue, Map.of(), "fr"))
                .hasMessageStartingWith("billing.accounting.receivable is blank");
        assertThatThrownBy(() -> new AccountingProperties("4011", "461411",
                new AccountingProperties.Revenue("1", "", "3"), Map.of(), "fr"))
                .hasMessageStartingWith("billing.accounting.revenue.labour is blank");
        assertThatThrownBy(() -> new AccountingProperties("4011", "461411", revenue,
                Map.of("GOLD", revenue), "fr")).hasMessageStartingWith("billing.accounting.tiers.GOLD: GOLD is not");
        assertThatThrownBy(() -> new AccountingProperties("4011", "461411", revenue, Map.of(), "it"))
                .hasMessageStartingWith("billing.accounting.language must be fr, en or de");
    }

    private static PeriodDocument doc(String number, boolean creditNote, String country, String vatNumber,
                                      VatTreatment treatment, String rate, String excl, String vat,
                                      PeriodDocument.Line... lines) {
        BigDecimal exclVat = new BigDecimal(excl);
        BigDecimal vatAmount = new BigDecimal(vat);
        return new PeriodDocument(number, creditNote, "2026-10", DAY, "C1", "Customer", country, vatNumber,
                Tier.STANDARD, treatment, new BigDecimal(rate), exclVat, vatAmount, exclVat.add(vatAmount), 1,
                List.of(lines));
    }

    private static PeriodDocument.Line line(LineKind kind, Tier tier, Skill skill, String amount) {
        return new PeriodDocument.Line(kind, tier, skill, new BigDecimal(amount));
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }
}
