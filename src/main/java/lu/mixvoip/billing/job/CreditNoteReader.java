package lu.mixvoip.billing.job;

import java.util.List;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.store.InvoiceRepository;

/** The credit notes a run issued, each with the invoice it cancels, in number order. */
class CreditNoteReader extends KeysetReader<CreditNote> {
    private final InvoiceRepository invoices;
    private final RunContext run;

    CreditNoteReader(InvoiceRepository invoices, RunContext run, int pageSize) {
        super("render.last-credit-note", pageSize);
        this.invoices = invoices;
        this.run = run;
    }

    @Override
    protected List<CreditNote> fetch(String afterKey, int limit) {
        return invoices.nextCreditNotesOfRun(run.runId(), afterKey, limit);
    }

    @Override
    protected String keyOf(CreditNote item) {
        return item.number();
    }
}
