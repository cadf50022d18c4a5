package lu.mixvoip.billing.issue;

import java.time.YearMonth;

import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.store.DocumentRepository;

/**
 * Brings back what is missing from a billed month's output folder, from the store, byte-identical: its documents'
 * files and its reports. A month billed again with the same data does this instead of issuing anything.
 */
public class MonthRestoration {
    private final DocumentRepository documents;
    private final MonthReports reports;
    private final IssuePipeline.Factory pipelines;

    public MonthRestoration(DocumentRepository documents, MonthReports reports, IssuePipeline.Factory pipelines) {
        this.documents = documents;
        this.reports = reports;
        this.pipelines = pipelines;
    }

    /** How many files it wrote; {@code runId}: the run that billed the month last, whose rejects are reported. */
    public int restore(BillingParameters parameters, long runId) throws Exception {
        YearMonth month = parameters.month();
        int files = pipelines.documentFiles(parameters.monthOutput(), false).restoreMissing(documents, month);
        return files + reports.restoreMissing(parameters.monthOutput(), month, runId);
    }
}
