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

import lu.mixvoip.billing.core.tariff.Tier;

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
}
