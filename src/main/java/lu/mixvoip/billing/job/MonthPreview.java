package lu.mixvoip.billing.job;

import java.math.BigDecimal;
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
 * Rates a month exactly as a run would and compares it, customer by customer, with the documents in force, in a
 * transaction that is always rolled back: nothing persists, no number is used. It tells what a run would change and
 * what sla.csv the data gives now; for {@code --dry-run} it goes on through the issue step's own pipeline and writes
 * the would-be documents, marked as previews, and reports under {@code DIR/M/preview/}.
 */
public class MonthPreview {
    /** Under the month's output folder. */
    static final String FOLDER = "preview";
    /** Staged rows of a preview are keyed by this id, never a job instance's, and rolled back anyway. */
    private static final long PREVIEW_RUN = -1;
    private static final int PAGE = 100;

    /** One customer whose documents would change, with its totals incl. VAT before and after (null = none). */
    public record Change(String customerId, BigDecimal before, BigDecimal after) {
    }

    /** What the run would do, and the sla.csv the data gives. */
    public record Outcome(Map<Reconciliation, List<Change>> changes, long invoicesInForce, long rejected,
                          byte[] serviceLevels) {
        public boolean changesNothing() {
            return changes.get(Reconciliation.NEW).isEmpty() && changes.get(Reconciliation.CHANGED).isEmpty()
                    && changes.get(Reconciliation.GONE).isEmpty();
        }
    }

    private final TransactionTemplate transaction;
    private final MonthLoad monthLoad;
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

    MonthPreview(TransactionTemplate transaction, MonthLoad monthLoad, StagingRepository staging,
                 CustomerRating rating, DocumentNumbers numbers, DocumentRepository documents,
                 RejectRepository rejects, TicketAssessmentRepository assessments, MonthReports reports,
                 int paymentDays, InvoicePdfRenderer renderer, EInvoicing eInvoicing, AsyncTaskExecutor workers) {
        this.transaction = transaction;
        this.monthLoad = monthLoad;
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

    /** What billing the month with {@code parameters} would do; with {@code writeFiles}, the preview folder too. */
    public Outcome run(BillingParameters parameters, boolean writeFiles) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            RunContext run = new RunContext(parameters, PREVIEW_RUN);
            monthLoad.load(run, TransactionOperations.withoutTransaction()); // rolled back with the rest
            Map<Reconciliation, List<Change>> changes = new EnumMap<>(Reconciliation.class);
            for (Reconciliation r : Reconciliation.values()) {
                changes.put(r, new ArrayList<>());
            }
            Path folder = parameters.monthOutput().resolve(FOLDER);
            DocumentFiles files = writeFiles ? previewFiles(folder) : DocumentFiles.NONE;
            DocumentNumbering numbering = new DocumentNumbering(numbers, parameters.issueDate(), paymentDays);
            DocumentRecording recording = new DocumentRecording(documents, rejects, assessments, staging,
                    run, new FaultInjection(""));
            KeysetReader<StagedMonth> reader = BillingJobConfiguration.customerMonthReader(run, staging, PAGE);
            reader.open(new ExecutionContext());
            List<RatedMonth> page = new ArrayList<>();
            for (StagedMonth month = reader.read(); month != null; month = reader.read()) {
                page.add(rating.process(month));
                if (page.size() == PAGE) {
                    issue(page, changes, numbering, recording, files, writeFiles);
                    page.clear();
                }
            }
            issue(page, changes, numbering, recording, files, writeFiles);
            unchecked(files::finish);
            if (writeFiles) {
                reports.write(folder, parameters.month(), PREVIEW_RUN);
            }
            return new Outcome(changes, documents.inForceTotals(parameters.month()).invoices(),
                    rejects.count(PREVIEW_RUN), ReportFiles.serviceLevels(
                            each -> assessments.assessed(PREVIEW_RUN, each)));
        });
    }

    /**
     * A page of rated customers compared with their invoices in force; a preview with files goes on through the
     * issue step's pipeline (number, store, render), a decision only records what the rules found (rejects,
     * assessments): nothing is numbered or stored to tell whether the month changed.
     */
    private static void issue(List<RatedMonth> page, Map<Reconciliation, List<Change>> changes,
                              DocumentNumbering numbering, DocumentRecording recording, DocumentFiles files,
                              boolean writeFiles) {
        if (page.isEmpty()) {
            return;
        }
        List<ReconciledMonth> reconciled = ReconciledMonth.of(page);
        for (ReconciledMonth month : reconciled) {
            changes.get(month.reconciliation()).add(new Change(month.customerId(),
                    month.inForce().map(i -> i.invoice().totalInclVat()).orElse(null),
                    month.rated().billing().invoice().map(i -> i.totalInclVat()).orElse(null)));
        }
        if (writeFiles) {
            unchecked(() -> BillingJobConfiguration.issue(page, numbering, recording, files));
        } else {
            recording.recordFindings(reconciled);
        }
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
