package lu.mixvoip.billing.core.invoice;

import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.contract;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.customer;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.defaultAssembler;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.intervention;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.month;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;

class ContentDigestTest {
    private final Customer customer = customer("C001", "LU", null, "ZONE-1");
    private final List<Contract> contracts = List.of(contract("K1", "C001", Tier.OFFICE, "2026-01-01", null));
    private final List<Intervention> interventions = List.of(
            intervention("I1", "C001", "2026-10-05T09:00", "2026-10-05T10:20", Mode.REMOTE, Skill.TECHNICIAN),
            intervention("I2", "C001", "2026-10-06T14:00", "2026-10-06T15:00", Mode.REMOTE, Skill.ENGINEER));

    private Invoice bill(Customer c, List<Intervention> work) {
        return defaultAssembler().bill(month(c, contracts, work)).invoice().orElseThrow();
    }

    @Test
    void theSameMonthRatedTwiceHasTheSameDigest() {
        Invoice first = bill(customer, interventions);
        Invoice again = bill(customer, new ArrayList<>(interventions));
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(ContentDigest.of(again)).isEqualTo(ContentDigest.of(first)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangeOfContentChangesTheDigest() {
        Invoice invoice = bill(customer, interventions);
        String digest = ContentDigest.of(invoice);
        Customer renamed = new Customer("C001", "Customer C001 S.A.", customer.street(), customer.postalCode(),
                customer.city(), customer.country(), customer.vatNumber(), customer.email(), customer.language(),
                customer.travelZone());
        assertThat(ContentDigest.of(bill(renamed, interventions))).as("the customer as printed").isNotEqualTo(digest);
        Invoice shorter = bill(customer, interventions.subList(0, 1));
        assertThat(shorter.lines()).hasSizeLessThan(invoice.lines().size());
        assertThat(ContentDigest.of(shorter)).as("a line less")
                .isNotEqualTo(digest);
        InvoiceLine line = invoice.lines().get(0);
        InvoiceLine rescaled = new InvoiceLine(line.kind(), line.date(), line.reference(), line.ticket(),
                line.description(), line.tier(), line.mode(), line.skill(), line.timeClass(), line.actualMinutes(),
                line.quantity(), line.basis(), line.unitRate(), line.amount().setScale(3), line.included());
        assertThat(rescaled).as("BigDecimal equality counts the scale").isNotEqualTo(line);
        assertThat(ContentDigest.of(rescaled)).isNotEqualTo(ContentDigest.of(line));
    }

    @Test
    void valuesAreDelimitedSoThatTextCannotMoveBetweenFields() {
        Customer one = new Customer("C1", "A, street=B", "C", null, null, "LU", null, null, Language.FR, null);
        Customer other = new Customer("C1", "A", "B, street=C", null, null, "LU", null, null, Language.FR, null);
        assertThat(one.toString()).as("a record's own text runs them together").isEqualTo(other.toString());
        assertThat(ContentDigest.of(one)).isNotEqualTo(ContentDigest.of(other));
        assertThat(ContentDigest.of(new Money(new BigDecimal("1"), "")))
                .isNotEqualTo(ContentDigest.of(new Money(null, "1")));
    }

    private record Money(BigDecimal amount, String note) {
    }
}
