package lu.mixvoip.billing.store;

import java.time.ZonedDateTime;

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

    /** The start of an intervention row the import refused (billing-rules §15); a run's staging has none. */
    default void refusedStart(String interventionId, String customerId, String ticket, ZonedDateTime start,
                              Long line) {
    }

    /** Writes what is still buffered. */
    void flush();
}
