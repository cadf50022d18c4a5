package lu.mixvoip.billing.staging;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Rejection;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;

/**
 * One customer's staged month, with the source line of each of its rows and its invoice in force for the month: all
 * that billing it again needs, read together, so that rating, reconciling and reporting a refused row never read the
 * store again.
 */
public final class StagedMonth {
    private final CustomerMonth month;
    private final Map<String, Long> contractLines;
    private final Map<String, Long> interventionLines;
    private final Map<String, Long> ticketLines;
    private final IssuedInvoice inForce;

    private StagedMonth(CustomerMonth month, Map<String, Long> contractLines, Map<String, Long> interventionLines,
                        Map<String, Long> ticketLines, IssuedInvoice inForce) {
        this.month = month;
        this.contractLines = contractLines;
        this.interventionLines = interventionLines;
        this.ticketLines = ticketLines;
        this.inForce = inForce;
    }

    public CustomerMonth month() {
        return month;
    }

    public String customerId() {
        return month.customer().id();
    }

    /** The customer's invoice in force for the month, with its lines: what a re-bill reconciles with. */
    public Optional<IssuedInvoice> inForce() {
        return Optional.ofNullable(inForce);
    }

    /** The source line of a refused row, or null when it has none (a row another system wrote into a table). */
    public Long lineOf(Rejection rejection) {
        return switch (rejection.type()) {
            case CONTRACT -> contractLines.get(rejection.id());
            case INTERVENTION -> interventionLines.get(rejection.id());
            case TICKET -> ticketLines.get(rejection.id());
        };
    }

    /** Collects a customer's staged rows in the order read. */
    static final class Builder {
        private final List<Contract> contracts = new ArrayList<>();
        private final List<Intervention> interventions = new ArrayList<>();
        private final List<TicketOfMonth> tickets = new ArrayList<>();
        private final Map<String, Long> contractLines = new HashMap<>();
        private final Map<String, Long> interventionLines = new HashMap<>();
        private final Map<String, Long> ticketLines = new HashMap<>();

        void contract(Contract contract, Long line) {
            contracts.add(contract);
            contractLines.put(contract.id(), line);
        }

        void intervention(Intervention intervention, Long line) {
            interventions.add(intervention);
            interventionLines.put(intervention.id(), line);
        }

        void ticket(TicketOfMonth ticket, Long line) {
            tickets.add(ticket);
            ticketLines.put(ticket.ticket().id(), line);
        }

        StagedMonth build(Customer customer, YearMonth month, IssuedInvoice inForce) {
            return new StagedMonth(new CustomerMonth(customer, month, contracts, interventions, tickets), contractLines,
                    interventionLines, ticketLines, inForce);
        }
    }
}
