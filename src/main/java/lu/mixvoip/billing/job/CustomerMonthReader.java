package lu.mixvoip.billing.job;

import java.util.List;

import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.StagingRepository;

/**
 * Step 2's reader: in ascending customer id, each customer with something to bill, or with an invoice in force for
 * the month, with its month.
 */
class CustomerMonthReader extends KeysetReader<CustomerMonth> {
    private final StagingRepository staging;
    private final InvoiceRepository invoices;
    private final RunContext run;

    CustomerMonthReader(StagingRepository staging, InvoiceRepository invoices, RunContext run, int pageSize) {
        super("rate.last-customer", pageSize);
        this.staging = staging;
        this.invoices = invoices;
        this.run = run;
    }

    @Override
    protected List<CustomerMonth> fetch(String afterKey, int limit) {
        return staging.nextCustomerMonths(run.runId(), run.parameters().month(), afterKey, limit, invoices);
    }

    @Override
    protected String keyOf(CustomerMonth item) {
        return item.customer().id();
    }
}
