package lu.mixvoip.billing.core.invoice;

import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.contract;
import static lu.mixvoip.billing.core.invoice.InvoiceFixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.servicelevel.ServiceLevel;
import lu.mixvoip.billing.core.servicelevel.ServiceLevelStatus;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.core.tariff.DefaultTariffFixture;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.core.tariff.TariffVersion;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * billing-rules §15 as the assembler applies it: which tickets are assessed, under which tier, and what happens to
 * the tickets of a customer whose month cannot be billed. Default card: STANDARD Mon-Fri 08:00-17:00, 720 / 1,440 min;
 * MANAGED every day 07:00-19:00, 180 / 360 min. 13 Nov 2026 is a Friday.
 */
class TicketAssessmentRulesTest {

    private static final InvoiceAssembler DEFAULT = InvoiceFixtures.defaultAssembler();
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Customer C1 = customer("C1", "LU", null, "1");

    static ZonedDateTime at(String local) {
        return local == null ? null : ZonedDateTime.of(LocalDateTime.parse(local), LuxembourgCalendar.ZONE);
    }

    static TicketOfMonth ticket(String id, String reported, String responded, String firstIntervention) {
        return new TicketOfMonth(new Ticket(id, "C1", at(reported), at(responded)), at(firstIntervention));
    }

    static final List<Contract> STANDARD_THEN_MANAGED = List.of(
            contract("K-S", "C1", Tier.STANDARD, "2025-01-01", "2026-11-15"),
            contract("K-M", "C1", Tier.MANAGED, "2026-11-16", null, "900"));

    @Test
    void eachTicketIsAssessedUnderTheTierOfItsReportsDay() {
        CustomerBilling billing = DEFAULT.bill(new CustomerMonth(C1, NOVEMBER, STANDARD_THEN_MANAGED, List.of(),
                List.of(ticket("T-A", "2026-11-13T16:00", "2026-11-16T09:00", "2026-11-17T09:00"),
                        ticket("T-B", "2026-11-16T18:30", "2026-11-17T07:45", "2026-11-17T10:00"))));

        assertThat(billing.rejections()).isEmpty();
        assertThat(billing.ticketsNotAssessed()).isEmpty();
        assertThat(billing.ticketAssessments())
                .extracting(a -> a.ticket().id(), TicketAssessment::tier, TicketAssessment::responseMinutes,
                        TicketAssessment::responseLimitMinutes, TicketAssessment::responseStatus,
                        TicketAssessment::interventionMinutes, TicketAssessment::interventionLimitMinutes,
                        TicketAssessment::interventionStatus)
                .containsExactly(
                        // STANDARD (reported Fri 13): Fri 60 + Mon 60; intervention Fri 60 + Mon 540 + Tue 60
                        tuple("T-A", Tier.STANDARD, 120L, 720L, ServiceLevelStatus.MET, 660L, 1440L,
                                ServiceLevelStatus.MET),
                        // MANAGED (reported Mon 16): Mon 30 + Tue 45; intervention Mon 30 + Tue 180
                        tuple("T-B", Tier.MANAGED, 75L, 180L, ServiceLevelStatus.MET, 210L, 360L,
                                ServiceLevelStatus.MET));
        assertThat(billing.invoice()).isPresent(); // the invoice is what it would be without tickets
        assertThat(billing.invoice()).isEqualTo(
                DEFAULT.bill(new CustomerMonth(C1, NOVEMBER, STANDARD_THEN_MANAGED, List.of())).invoice());
    }

    @Test
    void aTicketWithoutAnActiveContractIsNotAssessedButCounted() {
        CustomerBilling billing = DEFAULT.bill(new CustomerMonth(C1, NOVEMBER,
                List.of(contract("K", "C1", Tier.OFFICE, "2026-11-10", null)), List.of(),
                List.of(ticket("T-early", "2026-11-09T10:00", null, null),
                        ticket("T-late", "2026-11-10T10:00", null, null))));
        assertThat(billing.ticketAssessments()).extracting(a -> a.ticket().id()).containsExactly("T-late");
        assertThat(billing.ticketsNotAssessed()).hasSize(1);
        assertThat(billing.rejections()).isEmpty();

        CustomerBilling none = DEFAULT.bill(new CustomerMonth(C1, NOVEMBER, List.of(), List.of(),
                List.of(ticket("T", "2026-11-20T10:40", "2026-11-20T10:45", null))));
        assertThat(none.invoice()).isEmpty();
        assertThat(none.ticketAssessments()).isEmpty();
        assertThat(none.ticketsNotAssessed()).hasSize(1);
        assertThat(none.rejections()).isEmpty();
    }

    @Test
    void aTariffVersionWithoutServiceLevelsAssessesNothing() {
        // the custom card has none; its versions are in force from 2026-01-01
        CustomerBilling billing = InvoiceFixtures.assembler(DefaultTariffFixture.customTariff()).bill(
                new CustomerMonth(customer("C1", "LU", null, "A"), NOVEMBER,
                        List.of(contract("K", "C1", Tier.ENTERPRISE, "2026-01-01", null)), List.of(),
                        List.of(ticket("T", "2026-11-02T10:00", null, null))));
        assertThat(billing.invoice()).isPresent();
        assertThat(billing.ticketAssessments()).isEmpty();
        assertThat(billing.ticketsNotAssessed()).hasSize(1);
    }

    @Test
    void aTierWithoutAServiceLevelIsNotAssessed() {
        TariffVersion v = DefaultTariffFixture.defaultVersion();
        Map<Tier, ServiceLevel> levels = new EnumMap<>(v.serviceLevels());
        levels.remove(Tier.OFFICE);
        Tariff withoutOffice = new Tariff(List.of(new TariffVersion(v.effectiveFrom(), v.monthlyFees(),
                v.hourlyRates(), v.normalFrom(), v.normalTo(), v.multipliers(), v.increments(), v.travelFees(), levels)));

        CustomerBilling billing = InvoiceFixtures.assembler(withoutOffice).bill(new CustomerMonth(C1, NOVEMBER,
                List.of(contract("K1", "C1", Tier.OFFICE, "2026-01-01", "2026-11-15"),
                        contract("K2", "C1", Tier.ENTERPRISE, "2026-11-16", null)), List.of(),
                List.of(ticket("T-office", "2026-11-02T10:00", null, null),
                        ticket("T-enterprise", "2026-11-16T10:00", null, null))));
        assertThat(billing.ticketAssessments()).extracting(a -> a.ticket().id(), TicketAssessment::tier)
                .containsExactly(tuple("T-enterprise", Tier.ENTERPRISE));
        assertThat(billing.ticketsNotAssessed()).hasSize(1);
    }

    @Test
    void overlappingContractsRejectTheCustomersTicketsToo() {
        CustomerBilling billing = DEFAULT.bill(new CustomerMonth(C1, NOVEMBER, List.of(
                contract("K-A", "C1", Tier.STANDARD, "2026-01-01", null),
                contract("K-B", "C1", Tier.MANAGED, "2026-11-16", null, "900")), List.of(),
                List.of(ticket("T-1", "2026-11-02T10:00", null, null))));
        assertThat(billing.invoice()).isEmpty();
        assertThat(billing.ticketAssessments()).isEmpty();
        assertThat(billing.ticketsNotAssessed()).isEmpty(); // rejected, not "not assessed"
        assertThat(billing.rejections()).extracting(Rejection::type, Rejection::id).containsExactlyInAnyOrder(
                tuple(Rejection.RecordType.CONTRACT, "K-A"), tuple(Rejection.RecordType.CONTRACT, "K-B"),
                tuple(Rejection.RecordType.TICKET, "T-1"));
        assertThat(billing.rejections()).allSatisfy(r -> assertThat(r.reason()).contains("K-A").contains("K-B"));
    }

    @Test
    void aContractTheCoreRejectsIsNoActiveContract() {
        // a MANAGED contract without its own fee cannot be billed: its days have no tier for the tickets either
        CustomerBilling billing = DEFAULT.bill(new CustomerMonth(C1, NOVEMBER,
                List.of(contract("K", "C1", Tier.MANAGED, "2026-01-01", null)), List.of(),
                List.of(ticket("T", "2026-11-02T10:00", null, null))));
        assertThat(billing.ticketAssessments()).isEmpty();
        assertThat(billing.ticketsNotAssessed()).hasSize(1);
    }

    @Test
    void aMonthHoldsOnlyItsCustomersTicketsOfThatMonth() {
        assertThatThrownBy(() -> new CustomerMonth(C1, NOVEMBER, List.of(), List.of(),
                List.of(ticket("T", "2026-10-31T23:59", null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomerMonth(C1, NOVEMBER, List.of(), List.of(), List.of(new TicketOfMonth(
                new Ticket("T", "C2", at("2026-11-02T10:00"), null), null))))
                .isInstanceOf(IllegalArgumentException.class);
        // 1 Nov 00:30 local is 31 Oct 23:30 UTC: a November ticket
        assertThat(new CustomerMonth(C1, NOVEMBER, List.of(), List.of(), List.of(new TicketOfMonth(
                new Ticket("T", "C1", at("2026-11-01T00:30").withZoneSameInstant(ZoneOffset.UTC), null),
                null))).tickets()).hasSize(1);
    }
}
