package lu.mixvoip.billing.job;

import java.util.List;

import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.store.StagingRepository;

/** Step 2's reader: each staged customer with something to bill, with its month, in ascending customer id. */
class CustomerMonthReader extends KeysetReader<CustomerMonth> {
    private final StagingRepository staging;
    private final RunContext run;

    CustomerMonthReader(StagingRepository staging, RunContext run, int pageSize) {
        super("rate.last-customer", pageSize);
        this.staging = staging;
        this.run = run;
    }

    @Override
    protected List<CustomerMonth> fetch(String afterKey, int limit) {
        return staging.nextCustomerMonths(run.runId(), run.parameters().month(), afterKey, limit);
    }

    @Override
    protected String keyOf(CustomerMonth item) {
        return item.customer().id();
    }
}
