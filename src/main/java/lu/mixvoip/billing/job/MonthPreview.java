package lu.mixvoip.billing.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.core.invoice.Reconciliation;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.report.ReportFiles;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.staging.StagedMonth;
import lu.mixvoip.billing.staging.StagingRepository;
import lu.mixvoip.billing.store.DocumentNumbers;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.TicketAssessmentRepository;

/**
 * What {@code --dry-run} shows: the documents a run would issue, marked as previews, and its reports, under
 * {@code DIR/M/preview/}; nothing persists, no number is used. A billed month is first compared with its invoices in
 * force ({@link MonthComparison}): when the data gives the same invoices, only the reports are written. Otherwise the
 * month goes through the issue step's own pipeline, in a transaction that is always rolled back.
 */
public class MonthPreview {
    /** Under the month's output folder. */
    static final String FOLDER = "preview";
    /** Staged rows of a preview are keyed by this id, never a job instance's, and rolled back anyway. */
    private static final long PREVIEW_RUN = -1;
    private static final int PAGE = 100;

    private final TransactionTemplate transaction;
    private final MonthLoad monthLoad;
    private final MonthComparison comparison;
    private final StagingRepository staging;
    private final CustomerRating rating;
    private final DocumentNumbers numbers;
    private final DocumentRepository documents;
    private final RejectRepository rejects;
    private final TicketAssessmentRepository assessments;
    private final MonthReports reports;
    private final int paymentDays;
    private final InvoicePdfRenderer renderer;
    private final EInvoicing eInvoicing;
    private final AsyncTaskExecutor workers;

    MonthPreview(TransactionTemplate transaction, MonthLoad monthLoad, MonthComparison comparison,
                 StagingRepository staging, CustomerRating rating, DocumentNumbers numbers,
                 DocumentRepository documents, RejectRepository rejects, TicketAssessmentRepository assessments,
                 MonthReports reports, int paymentDays, InvoicePdfRenderer renderer, EInvoicing eInvoicing,
                 AsyncTaskExecutor workers) {
        this.transaction = transaction;
        this.monthLoad = monthLoad;
        this.comparison = comparison;
        this.staging = staging;
        this.rating = rating;
        this.numbers = numbers;
        this.documents = documents;
        this.rejects = rejects;
        this.assessments = assessments;
        this.reports = reports;
        this.paymentDays = paymentDays;
        this.renderer = renderer;
        this.eInvoicing = eInvoicing;
        this.workers = workers;
    }

    /** Previews billing the month with {@code parameters}; {@code billedBefore}: a re-bill's preview. */
    public MonthComparison.Outcome run(BillingParameters parameters, boolean billedBefore) {
        Path folder = parameters.monthOutput().resolve(FOLDER);
        if (billedBefore) {
            MonthComparison.Outcome compared = comparison.compare(parameters);
            if (compared.changesNothing()) {
                AtomicFiles.removeAll(folder);
                reports.write(folder, parameters.month(), compared.rejects(), compared.serviceLevels());
                return compared;
            }
        }
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return issued(parameters, folder);
        });
    }

    /** The month through the issue step's pipeline, its files and reports into {@code folder}. */
    private MonthComparison.Outcome issued(BillingParameters parameters, Path folder) {
        RunContext run = new RunContext(parameters, PREVIEW_RUN);
        monthLoad.load(run, TransactionOperations.withoutTransaction()); // rolled back with the rest
        Map<Reconciliation, List<MonthComparison.Change>> changes = new EnumMap<>(Reconciliation.class);
        for (Reconciliation r : Reconciliation.values()) {
            changes.put(r, new ArrayList<>());
        }
        DocumentFiles files = previewFiles(folder);
        DocumentNumbering numbering = new DocumentNumbering(numbers, parameters.issueDate(), paymentDays);
        DocumentRecording recording = new DocumentRecording(documents, rejects, assessments, staging,
                run, new FaultInjection(""));
        KeysetReader<StagedMonth> reader = BillingJobConfiguration.customerMonthReader(run, staging, PAGE);
        reader.open(new ExecutionContext());
        List<RatedMonth> page = new ArrayList<>();
        for (StagedMonth month = reader.read(); month != null; month = reader.read()) {
            page.add(rating.process(month));
            if (page.size() == PAGE) {
                issue(page, changes, numbering, recording, files);
                page.clear();
            }
        }
        issue(page, changes, numbering, recording, files);
        unchecked(files::finish);
        reports.write(folder, parameters.month(), PREVIEW_RUN);
        return new MonthComparison.Outcome(changes, documents.inForceTotals(parameters.month()).invoices(),
                rejects.count(PREVIEW_RUN), reports.rejects(PREVIEW_RUN), reports.serviceLevels(PREVIEW_RUN));
    }

    /** A page of rated customers compared with their invoices in force, then through the issue step's pipeline. */
    private static void issue(List<RatedMonth> page, Map<Reconciliation, List<MonthComparison.Change>> changes,
                              DocumentNumbering numbering, DocumentRecording recording, DocumentFiles files) {
        if (page.isEmpty()) {
            return;
        }
        for (ReconciledMonth month : ReconciledMonth.of(page)) {
            changes.get(month.reconciliation()).add(MonthComparison.Change.of(month));
        }
        unchecked(() -> BillingJobConfiguration.issue(page, numbering, recording, files));
    }

    /** PDFs marked as previews, in a preview folder emptied first. */
    private DocumentFiles previewFiles(Path folder) {
        AtomicFiles.removeAll(folder);
        return new DocumentFiles(folder, renderer, eInvoicing, true, new FaultInjection(""), workers);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void unchecked(Work work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("preview: " + e.getMessage(), e);
        }
    }
}
