package lu.mixvoip.billing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.Language;

class InvoiceFormatTest {
    private static final InvoiceFormat FR = InvoiceFormat.of(Language.FR);
    private static final InvoiceFormat EN = InvoiceFormat.of(Language.EN);
    private static final InvoiceFormat DE = InvoiceFormat.of(Language.DE);

    @Test
    void moneyFollowsEachLanguagesConventionWithPlainSpaces() {
        BigDecimal amount = new BigDecimal("1234.5");
        assertThat(FR.money(amount)).isEqualTo("1 234,50 €");
        assertThat(EN.money(amount)).isEqualTo("€1,234.50");
        assertThat(DE.money(amount)).isEqualTo("1.234,50 €");
    }

    @Test
    void moneyGroupsMillionsAndKeepsSmallAmountsAndSigns() {
        assertThat(FR.money(new BigDecimal("1234567.89"))).isEqualTo("1 234 567,89 €");
        assertThat(EN.money(new BigDecimal("1234567.89"))).isEqualTo("€1,234,567.89");
        assertThat(DE.money(new BigDecimal("0.00"))).isEqualTo("0,00 €");
        assertThat(FR.money(new BigDecimal("999.99"))).isEqualTo("999,99 €");
        assertThat(FR.money(new BigDecimal("-31.81"))).isEqualTo("-31,81 €");
        assertThat(EN.money(new BigDecimal("-1234.50"))).isEqualTo("-€1,234.50");
    }

    @Test
    void creditsAreNegativeButZeroNeverIs() {
        assertThat(FR.money(new BigDecimal("-143.68"))).isEqualTo("-143,68 €");
        assertThat(EN.money(new BigDecimal("-143.68"))).isEqualTo("-€143.68");
        assertThat(DE.money(new BigDecimal("-1143.68"))).isEqualTo("-1.143,68 €");
        assertThat(FR.money(new BigDecimal("-0.00"))).isEqualTo("0,00 €");
        assertThat(FR.money(new BigDecimal("0.00").negate())).isEqualTo("0,00 €");
        // Rounds to zero: no sign either.
        assertThat(FR.money(new BigDecimal("-0.004"))).isEqualTo("0,00 €");
        assertThat(EN.money(new BigDecimal("-0.004"))).isEqualTo("€0.00");
        assertThat(DE.number(new BigDecimal("-0.001"))).isEqualTo("0,00");
        assertThat(FR.money(new BigDecimal("-0.005"))).isEqualTo("-0,01 €");
    }

    @Test
    void printedTextHasOnlyPlainSpacesAsEveryInvoiceIssuedSoFar() {
        String all = FR.money(new BigDecimal("1234567")) + EN.money(BigDecimal.TEN) + DE.money(BigDecimal.TEN)
                + FR.percent(new BigDecimal("17.00")) + FR.minutes(12345);
        assertThat(all).doesNotContain("\u00A0", "\u202F");
    }

    @Test
    void vatRatesDropUselessZeros() {
        assertThat(FR.percent(new BigDecimal("17.00"))).isEqualTo("17 %");
        assertThat(DE.percent(new BigDecimal("0.00"))).isEqualTo("0 %");
        assertThat(EN.percent(new BigDecimal("17.00"))).isEqualTo("17%");
        assertThat(FR.percent(new BigDecimal("8.50"))).isEqualTo("8,5 %");
        assertThat(EN.percent(new BigDecimal("8.50"))).isEqualTo("8.5%");
    }

    @Test
    void datesFollowEachLanguage() {
        LocalDate day = LocalDate.of(2026, 10, 5);
        assertThat(FR.date(day)).isEqualTo("05/10/2026");
        assertThat(EN.date(day)).isEqualTo("5 Oct 2026");
        assertThat(DE.date(day)).isEqualTo("05.10.2026");
        assertThat(FR.period(YearMonth.of(2026, 2))).isEqualTo("01/02/2026 – 28/02/2026");
        assertThat(EN.period(YearMonth.of(2028, 2))).isEqualTo("1 Feb 2028 – 29 Feb 2028");
    }

    @Test
    void minutesAreGroupedLikeAmounts() {
        assertThat(FR.minutes(45)).isEqualTo("45");
        assertThat(FR.minutes(16470)).isEqualTo("16 470");
        assertThat(EN.minutes(16470)).isEqualTo("16,470");
        assertThat(DE.minutes(16470)).isEqualTo("16.470");
    }

    @Test
    void ibanIsPrintedInGroupsOfFour() {
        assertThat(InvoiceFormat.iban("LU280019400644750000")).isEqualTo("LU28 0019 4006 4475 0000");
        assertThat(InvoiceFormat.iban(" LU28 0019 4006 4475 0000 ")).isEqualTo("LU28 0019 4006 4475 0000");
    }

    @Test
    void blankLanguageMeansFrench() {
        assertThat(InvoiceFormat.of(null).money(BigDecimal.ONE)).isEqualTo("1,00 €");
    }
}
