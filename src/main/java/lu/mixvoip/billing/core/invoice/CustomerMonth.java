package lu.mixvoip.billing.core.invoice;

import java.time.YearMonth;
import java.util.List;

import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;

/**
 * Everything one customer's month is billed and assessed from: the customer, its contracts touching the month, its
 * month's interventions, and its tickets reported in the month (local date) with their first interventions.
 */
public record CustomerMonth(Customer customer, YearMonth month, List<Contract> contracts,
                            List<Intervention> interventions, List<TicketOfMonth> tickets) {

    public CustomerMonth {
        contracts = List.copyOf(contracts);
        interventions = List.copyOf(interventions);
        tickets = List.copyOf(tickets);
        for (TicketOfMonth t : tickets) {
            // The assessment runs to the end of the report's month: a ticket belongs to its customer's month.
            if (!t.ticket().customerId().equals(customer.id()) || !YearMonth.from(
                    t.ticket().reportedAt().withZoneSameInstant(LuxembourgCalendar.ZONE)).equals(month)) {
                throw new IllegalArgumentException("ticket " + t.ticket().id() + " of " + t.ticket().customerId()
                        + " reported at " + t.ticket().reportedAt() + " is not one of " + customer.id() + "'s tickets"
                        + " of " + month);
            }
        }
    }

    /** A month without tickets (no tickets.csv). */
    public CustomerMonth(Customer customer, YearMonth month, List<Contract> contracts,
                         List<Intervention> interventions) {
        this(customer, month, contracts, interventions, List.of());
    }
}
