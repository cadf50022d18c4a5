package lu.mixvoip.billing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.Rejection;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

class StagedMonthTest {
    private static final Customer CUSTOMER = new Customer("C1", "Name", "Street", "1000", "City", "LU", null, null,
            Language.FR, "LU");

    @Test
    void aRefusedRowIsFoundWithTheLineItWasStagedWith() {
        StagedMonth.Builder rows = new StagedMonth.Builder();
        rows.contract(contract("K1"), 7L);
        rows.contract(contract("K2"), 9L);
        for (int i = 1; i <= 40; i++) { // more than the builder's first array holds
            rows.intervention(intervention("I" + i), 100L + i);
        }

        StagedMonth staged = rows.build(CUSTOMER, YearMonth.of(2026, 10));

        assertThat(staged.customerId()).isEqualTo("C1");
        assertThat(staged.month().contracts()).extracting(Contract::id).containsExactly("K1", "K2");
        assertThat(staged.month().interventions()).hasSize(40);
        assertThat(staged.lineOf(Rejection.contract("K2", "overlap"))).isEqualTo(9L);
        assertThat(staged.lineOf(Rejection.intervention("I1", "why"))).isEqualTo(101L);
        assertThat(staged.lineOf(Rejection.intervention("I40", "why"))).isEqualTo(140L);
    }

    @Test
    void aRowWithoutLineOrUnknownGivesNoLine() {
        StagedMonth.Builder rows = new StagedMonth.Builder();
        rows.intervention(intervention("I1"), null);
        rows.contract(contract("I2"), 3L); // same id in the other file: the type decides

        StagedMonth staged = rows.build(CUSTOMER, YearMonth.of(2026, 10));

        assertThat(staged.lineOf(Rejection.intervention("I1", "why"))).isNull();
        assertThat(staged.lineOf(Rejection.intervention("I2", "why"))).isNull();
        assertThat(staged.lineOf(Rejection.contract("I2", "why"))).isEqualTo(3L);
        assertThat(new StagedMonth.Builder().build(CUSTOMER, YearMonth.of(2026, 10))
                .lineOf(Rejection.contract("K1", "why"))).isNull();
    }

    private static Contract contract(String id) {
        return new Contract(id, "C1", Tier.STANDARD, LocalDate.of(2026, 1, 1), null);
    }

    private static Intervention intervention(String id) {
        ZonedDateTime start = ZonedDateTime.of(2026, 10, 5, 9, 0, 0, 0, LuxembourgCalendar.ZONE);
        return new Intervention(id, "C1", "T-1", "Tech", start, start.plusHours(1), Mode.REMOTE, Skill.TECHNICIAN,
                "work");
    }
}
