package lu.mixvoip.billing.job;

import java.time.YearMonth;

import org.springframework.core.task.AsyncTaskExecutor;

import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.store.DocumentRepository;

/**
 * Brings back what is missing from a billed month's output folder, from the store, byte-identical: its documents'
 * files and its reports. A month billed again with the same data does this instead of issuing anything.
 */
class MonthRestoration {
    private final DocumentRepository documents;
    private final MonthReports reports;
    private final InvoicePdfRenderer renderer;
    private final EInvoicing eInvoicing;
    private final FaultInjection faults;
    private final AsyncTaskExecutor workers;

    MonthRestoration(DocumentRepository documents, MonthReports reports, InvoicePdfRenderer renderer,
                     EInvoicing eInvoicing, FaultInjection faults, AsyncTaskExecutor workers) {
        this.documents = documents;
        this.reports = reports;
        this.renderer = renderer;
        this.eInvoicing = eInvoicing;
        this.faults = faults;
        this.workers = workers;
    }

    /** How many files it wrote; {@code runId}: the run that billed the month last, whose rejects are reported. */
    int restore(BillingParameters parameters, long runId) throws Exception {
        YearMonth month = parameters.month();
        int files = new DocumentFiles(parameters.monthOutput(), renderer, eInvoicing, false, faults, workers)
                .restoreMissing(documents, month);
        return files + reports.restoreMissing(parameters.monthOutput(), month, runId);
    }
}
