package lu.mixvoip.billing.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.BillingProperties;
import lu.mixvoip.billing.core.invoice.InvoiceAssembler;
import lu.mixvoip.billing.core.invoice.Reconciliation;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.store.InvoiceNumbers;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.StagedMonth;
import lu.mixvoip.billing.store.StagingRepository;

/**
 * Bills a month exactly as a run would, in a transaction that is always rolled back: nothing persists, no number is
 * used. It tells what a run would change, and for {@code --dry-run} writes the would-be documents, marked as
 * previews, under {@code DIR/M/preview/}.
 */
public class MonthPreview {
    /** Staged rows of a preview are keyed by this id, never a job instance's, and rolled back anyway. */
    private static final long PREVIEW_RUN = -1;
    private static final int PAGE = 100;

    /** One customer whose documents would change, with its totals incl. VAT before and after (null = none). */
    public record Change(String customerId, BigDecimal before, BigDecimal after) {
    }

    /** What the run would do. */
    public record Outcome(Map<Reconciliation, List<Change>> changes, long invoicesInForce, long rejected) {
        public boolean changesNothing() {
            return changes.get(Reconciliation.NEW).isEmpty() && changes.get(Reconciliation.CHANGED).isEmpty()
                    && changes.get(Reconciliation.GONE).isEmpty();
        }
    }

    private final TransactionTemplate transaction;
    private final MonthLoad monthLoad;
    private final StagingRepository staging;
    private final InvoiceRepository invoices;
    private final RejectRepository rejects;
    private final InvoiceNumbers numbers;
    private final BillingProperties properties;
    private final InvoicePdfRenderer renderer;
    private final AsyncTaskExecutor workers;

    MonthPreview(TransactionTemplate transaction, MonthLoad monthLoad, StagingRepository staging,
                 InvoiceRepository invoices, RejectRepository rejects, InvoiceNumbers numbers,
                 BillingProperties properties, InvoicePdfRenderer renderer, AsyncTaskExecutor workers) {
        this.transaction = transaction;
        this.monthLoad = monthLoad;
        this.staging = staging;
        this.invoices = invoices;
        this.rejects = rejects;
        this.numbers = numbers;
        this.properties = properties;
        this.renderer = renderer;
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
            Path folder = parameters.monthOutput().resolve("preview");
            DocumentPdfFiles files = writeFiles ? previewFiles(folder) : DocumentPdfFiles.NONE;
            InvoiceIssuer issuer = new InvoiceIssuer(numbers, invoices, rejects, run,
                    properties.seller().paymentDays(), new FaultInjection(""), files,
                    (now, inForce, reconciliation) -> changes.get(reconciliation).add(new Change(now.customerId(),
                            inForce.map(i -> i.invoice().totalInclVat()).orElse(null),
                            now.invoice().map(i -> i.totalInclVat()).orElse(null))));
            CustomerRating rating = new CustomerRating(
                    new InvoiceAssembler(parameters.tariff(), properties.vatPolicy()), new FaultInjection(""));
            KeysetReader<StagedMonth> reader = BillingJobConfiguration.customerMonthReader(run, staging, invoices);
            reader.open(new ExecutionContext());
            List<RatedMonth> page = new ArrayList<>();
            for (StagedMonth month = reader.read(); month != null; month = reader.read()) {
                page.add(rating.process(month));
                if (page.size() == PAGE) {
                    issue(issuer, page);
                    page.clear();
                }
            }
            issue(issuer, page);
            unchecked(files::finish);
            if (writeFiles) {
                WriteReportsTasklet.write(folder, parameters.month(), PREVIEW_RUN, invoices, rejects);
            }
            return new Outcome(changes, invoices.inForceTotals(parameters.month()).invoices(),
                    rejects.count(PREVIEW_RUN));
        });
    }

    /** PDFs marked as previews, in a preview folder emptied first. */
    private DocumentPdfFiles previewFiles(Path folder) {
        AtomicFiles.removeAll(folder);
        return new DocumentPdfFiles(folder, renderer, true, new FaultInjection(""), workers);
    }

    private static void issue(InvoiceIssuer issuer, List<RatedMonth> page) {
        unchecked(() -> issuer.write(new Chunk<>(page)));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void unchecked(Step step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("preview: " + e.getMessage(), e);
        }
    }
}
