package lu.mixvoip.billing.run;

import java.time.ZonedDateTime;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.input.RejectedRows;
import lu.mixvoip.billing.input.SourceRecord;
import lu.mixvoip.billing.store.MonthRows;

/** The loader's accepted rows into the store (a run's staging or an import's tables), its refused rows elsewhere. */
public final class LoaderSink implements MonthInputLoader.Sink {
    private final MonthRows rows;
    private final RejectedRows rejected;

    public LoaderSink(MonthRows rows, RejectedRows rejected) {
        this.rows = rows;
        this.rejected = rejected;
    }

    @Override
    public void customer(Customer customer, Long line) {
        rows.customer(customer, line);
    }

    @Override
    public void contract(Contract contract, Long line) {
        rows.contract(contract, line);
    }

    @Override
    public void intervention(Intervention intervention, Long line) {
        rows.intervention(intervention, line);
    }

    @Override
    public void ticket(TicketOfMonth ticket, Long line) {
        rows.ticket(ticket, line);
    }

    @Override
    public void refusedStart(String interventionId, String customerId, String ticket, ZonedDateTime start,
                             Long line) {
        rows.refusedStart(interventionId, customerId, ticket, start, line);
    }

    @Override
    public void reject(InputFile file, SourceRecord row, String reason) {
        rejected.reject(file, row, reason);
    }
}
