package lu.mixvoip.billing.core.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.core.tariff.Tier;

/**
 * billing-rules §15: one ticket against a service level. ENTERPRISE: every day 07:00-19:00, response 3 h = 180 min,
 * intervention 6 h = 360 min. November 2026 starts on a Sunday (All Saints); 2 Nov is a Monday, 30 Nov a Monday.
 */
class TicketAssessmentTest {

    static final ServiceLevel ENTERPRISE = new ServiceLevel(FaultHandlingDays.MON_SUN, LocalTime.of(7, 0),
            LocalTime.of(19, 0), 3, 6);
    static final ServiceLevel OFFICE = new ServiceLevel(FaultHandlingDays.MON_FRI, LocalTime.of(7, 30),
            LocalTime.of(18, 0), 8, 12);

    static ZonedDateTime at(String local) {
        return local == null ? null : LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Luxembourg"));
    }

    static TicketAssessment assess(ServiceLevel level, String reported, String responded, String firstIntervention) {
        Ticket ticket = new Ticket("T1", "C1", at(reported), at(responded));
        return TicketAssessment.assess(new TicketOfMonth(ticket, at(firstIntervention)), Tier.ENTERPRISE, level);
    }

    @Test
    void answeredAndWorkedOnInTime() {
        TicketAssessment a = assess(ENTERPRISE, "2026-11-04T09:00", "2026-11-04T09:20", "2026-11-04T14:00");
        assertThat(a.responseMinutes()).isEqualTo(20);
        assertThat(a.responseLimitMinutes()).isEqualTo(180);
        assertThat(a.responseStatus()).isEqualTo(ServiceLevelStatus.MET);
        assertThat(a.interventionMinutes()).isEqualTo(300);
        assertThat(a.interventionLimitMinutes()).isEqualTo(360);
        assertThat(a.interventionStatus()).isEqualTo(ServiceLevelStatus.MET);
    }

    @Test
    void exactlyAtTheLimitIsMetAndAMinuteMoreIsBreached() {
        TicketAssessment atLimit = assess(ENTERPRISE, "2026-11-02T08:00", "2026-11-02T11:00", "2026-11-02T14:00");
        assertThat(atLimit.responseMinutes()).isEqualTo(180);
        assertThat(atLimit.responseStatus()).isEqualTo(ServiceLevelStatus.MET);
        assertThat(atLimit.interventionMinutes()).isEqualTo(360);
        assertThat(atLimit.interventionStatus()).isEqualTo(ServiceLevelStatus.MET);

        TicketAssessment late = assess(ENTERPRISE, "2026-11-02T08:00", "2026-11-02T11:01", "2026-11-02T14:01");
        assertThat(late.responseMinutes()).isEqualTo(181);
        assertThat(late.responseStatus()).isEqualTo(ServiceLevelStatus.BREACHED);
        assertThat(late.interventionMinutes()).isEqualTo(361);
        assertThat(late.interventionStatus()).isEqualTo(ServiceLevelStatus.BREACHED);
    }

    @Test
    void unansweredAtTheEndOfTheMonthIsBreachedOncePastTheLimit() {
        // Mon 2 Nov 08:00 to 1 Dec 00:00: 660 on the 2nd + 28 days x 720
        TicketAssessment a = assess(ENTERPRISE, "2026-11-02T08:00", null, null);
        assertThat(a.responseMinutes()).isEqualTo(660 + 28 * 720);
        assertThat(a.responseStatus()).isEqualTo(ServiceLevelStatus.BREACHED);
        assertThat(a.interventionMinutes()).isEqualTo(660 + 28 * 720);
        assertThat(a.interventionStatus()).isEqualTo(ServiceLevelStatus.BREACHED);
        assertThat(a.firstInterventionAt()).isNull();
    }

    @Test
    void unansweredAndStillWithinTheLimitIsPending() {
        // Mon 30 Nov 18:00: one fault-handling hour left in the month
        TicketAssessment a = assess(ENTERPRISE, "2026-11-30T18:00", null, null);
        assertThat(a.responseMinutes()).isEqualTo(60);
        assertThat(a.responseStatus()).isEqualTo(ServiceLevelStatus.PENDING);
        assertThat(a.interventionMinutes()).isEqualTo(60);
        assertThat(a.interventionStatus()).isEqualTo(ServiceLevelStatus.PENDING);
        // exactly the limit by the end of the month is not past it: 16:00-19:00 = 180
        TicketAssessment atLimit = assess(ENTERPRISE, "2026-11-30T16:00", null, null);
        assertThat(atLimit.responseMinutes()).isEqualTo(180);
        assertThat(atLimit.responseStatus()).isEqualTo(ServiceLevelStatus.PENDING);
    }

    @Test
    void answeredButNotWorkedOnAndTheOtherWayRound() {
        // OFFICE, Fri 27 Nov 17:00: 60 min on Friday + 630 on Monday 30 = 690 by the end of the month
        TicketAssessment noIntervention = assess(OFFICE, "2026-11-27T17:00", "2026-11-27T17:30", null);
        assertThat(noIntervention.responseMinutes()).isEqualTo(30);
        assertThat(noIntervention.responseStatus()).isEqualTo(ServiceLevelStatus.MET);
        assertThat(noIntervention.interventionMinutes()).isEqualTo(690);
        assertThat(noIntervention.interventionStatus()).isEqualTo(ServiceLevelStatus.PENDING); // 690 <= 720

        TicketAssessment noResponse = assess(OFFICE, "2026-11-27T17:00", null, "2026-11-30T08:00");
        assertThat(noResponse.responseMinutes()).isEqualTo(690);
        assertThat(noResponse.responseStatus()).isEqualTo(ServiceLevelStatus.BREACHED); // 690 > 480
        assertThat(noResponse.interventionMinutes()).isEqualTo(60 + 30);
        assertThat(noResponse.interventionStatus()).isEqualTo(ServiceLevelStatus.MET);
    }

    @Test
    void aResponseOrInterventionAfterTheMonthCountsUpToItself() {
        // Mon 30 Nov 18:00, first intervention Tue 1 Dec 08:00: 60 + 60
        TicketAssessment a = assess(ENTERPRISE, "2026-11-30T18:00", "2026-12-01T07:30", "2026-12-01T08:00");
        assertThat(a.responseMinutes()).isEqualTo(90);
        assertThat(a.responseStatus()).isEqualTo(ServiceLevelStatus.MET);
        assertThat(a.interventionMinutes()).isEqualTo(120);
        assertThat(a.interventionStatus()).isEqualTo(ServiceLevelStatus.MET);
    }

    @Test
    void theEndOfTheMonthIsLocalMidnight() {
        // Sat 31 Oct 2026 18:00 (winter time): the month ends at 1 Nov 00:00 +01:00, 60 min later in the window
        TicketAssessment a = assess(ENTERPRISE, "2026-10-31T18:00", null, null);
        assertThat(a.responseMinutes()).isEqualTo(60);
        assertThat(a.responseStatus()).isEqualTo(ServiceLevelStatus.PENDING);
        // reported with another offset: still a ticket of its Luxembourg month
        Ticket utc = new Ticket("T2", "C1", ZonedDateTime.of(2026, 10, 31, 17, 0, 0, 0, ZoneOffset.UTC), null);
        assertThat(TicketAssessment.assess(new TicketOfMonth(utc, null), Tier.ENTERPRISE, ENTERPRISE)
                .responseMinutes()).isEqualTo(60);
    }

    @Test
    void slaCellsAsInTheAcceptanceCase() {
        assertThat(TicketAssessment.SLA_COLUMNS).containsExactly("ticket", "customer_id", "tier", "reported_at",
                "responded_at", "response_minutes", "response_limit_minutes", "response_status",
                "first_intervention_at", "intervention_minutes", "intervention_limit_minutes", "intervention_status");

        Ticket answered = new Ticket("T-M01-1", "M01", at("2026-11-02T18:30"), at("2026-11-03T07:45"));
        assertThat(String.join(",", TicketAssessment.assess(new TicketOfMonth(answered, at("2026-11-03T10:00")),
                Tier.MANAGED, ENTERPRISE).slaCells()))
                .isEqualTo("T-M01-1,M01,MANAGED,2026-11-02T18:30,2026-11-03T07:45,75,180,met,2026-11-03T10:00,210,360,met");

        Ticket open = new Ticket("T-M05-1", "M05", at("2026-11-27T17:00"), null);
        assertThat(String.join(",", TicketAssessment.assess(new TicketOfMonth(open, null), Tier.OFFICE, OFFICE)
                .slaCells()))
                .isEqualTo("T-M05-1,M05,OFFICE,2026-11-27T17:00,,690,480,breached,,690,720,pending");

        // times given with another offset are printed as Luxembourg wall-clock time, seconds dropped
        Ticket utc = new Ticket("T3", "C1", ZonedDateTime.of(2026, 11, 2, 8, 0, 42, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(TicketAssessment.assess(new TicketOfMonth(utc, null), Tier.ENTERPRISE, ENTERPRISE).slaCells()
                .subList(3, 6)).containsExactly("2026-11-02T09:00", "2026-11-02T10:00", "60");
    }

    @Test
    void slaOrderIsCustomerThenReportThenTicket() {
        List<TicketAssessment> rows = new ArrayList<>();
        for (String[] t : new String[][] {
                {"T-9", "C2", "2026-11-02T08:00"}, {"T-2", "C1", "2026-11-03T08:00"}, {"T-3", "C1", "2026-11-02T08:00"},
                {"T-1", "C1", "2026-11-03T08:00"}, {"T-0", "C10", "2026-11-01T08:00"}}) {
            rows.add(TicketAssessment.assess(new TicketOfMonth(new Ticket(t[0], t[1], at(t[2]), null), null),
                    Tier.ENTERPRISE, ENTERPRISE));
        }
        rows.sort(TicketAssessment.SLA_ORDER);
        assertThat(rows).extracting(r -> r.ticket().id()).containsExactly("T-3", "T-1", "T-2", "T-0", "T-9");
    }

    @Test
    void whichInterventionsCountTowardsTheFirst() {
        Ticket ticket = new Ticket("T-7", "C1", at("2026-11-02T10:00"), null);
        assertThat(ticket.isWorkedOnBy("C1", "T-7", at("2026-11-02T10:00"))).isTrue();  // at the report
        assertThat(ticket.isWorkedOnBy("C1", "T-7", at("2026-12-15T10:00"))).isTrue();  // any later month
        assertThat(ticket.isWorkedOnBy("C1", "T-7", at("2026-11-02T09:59"))).isFalse(); // before it
        assertThat(ticket.isWorkedOnBy("C2", "T-7", at("2026-11-02T11:00"))).isFalse(); // another customer's
        assertThat(ticket.isWorkedOnBy("C1", "t-7", at("2026-11-02T11:00"))).isFalse(); // exact text
    }

    @Test
    void aResponseOrFirstInterventionIsNeverBeforeTheReport() {
        assertThatThrownBy(() -> new Ticket("T", "C1", at("2026-11-10T10:00"), at("2026-11-10T09:00")))
                .isInstanceOf(IllegalArgumentException.class);
        Ticket ticket = new Ticket("T", "C1", at("2026-11-10T10:00"), at("2026-11-10T10:00"));
        assertThatThrownBy(() -> new TicketOfMonth(ticket, at("2026-11-10T09:59")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TicketAssessment.assess(new TicketOfMonth(ticket, null), Tier.ENTERPRISE, ENTERPRISE)
                .responseMinutes()).isZero();
    }
}
