package lu.mixvoip.billing.core.invoice;

import java.util.List;
import java.util.Optional;

import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;

/**
 * The outcome of billing one customer's month: an invoice when there is something to bill, the rejections (contracts,
 * interventions and tickets), the assessments of its tickets (billing-rules §15, in the order given), and its tickets
 * not assessed (no active contract on the report's date, or no service level for its tier), in the order given.
 */
public record CustomerBilling(String customerId, Optional<Invoice> invoice, List<Rejection> rejections,
                              List<TicketAssessment> ticketAssessments, List<Ticket> ticketsNotAssessed) {

    public CustomerBilling {
        rejections = List.copyOf(rejections);
        ticketAssessments = List.copyOf(ticketAssessments);
        ticketsNotAssessed = List.copyOf(ticketsNotAssessed);
    }
}
