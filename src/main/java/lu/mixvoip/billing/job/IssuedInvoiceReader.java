package lu.mixvoip.billing.job;

import java.util.List;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.store.InvoiceRepository;

/** Step 3's reader: the run's invoices with their lines, in number order. */
class IssuedInvoiceReader extends KeysetReader<IssuedInvoice> {
    private final InvoiceRepository invoices;
    private final RunContext run;

    IssuedInvoiceReader(InvoiceRepository invoices, RunContext run, int pageSize) {
        super("render.last-invoice", pageSize);
        this.invoices = invoices;
        this.run = run;
    }

    @Override
    protected List<IssuedInvoice> fetch(String afterKey, int limit) {
        return invoices.nextOfRun(run.runId(), afterKey, limit);
    }

    @Override
    protected String keyOf(IssuedInvoice item) {
        return item.number();
    }
}
