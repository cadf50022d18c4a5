package lu.mixvoip.billing.store;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;

/** Where accepted input rows are written, each with the line it came from: a run's staging, or an import's tables. */
public interface MonthRows {
    void customer(Customer customer, Long line);

    void contract(Contract contract, Long line);

    void intervention(Intervention intervention, Long line);

    void ticket(TicketOfMonth ticket, Long line);

    /** Writes what is still buffered. */
    void flush();
}
