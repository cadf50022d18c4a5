package lu.mixvoip.billing.issue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.core.invoice.Reconciliation;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.staging.StagedMonth;
import lu.mixvoip.billing.staging.StagingRepository;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;

/**
 * What {@code --dry-run} shows: the documents a run would issue, marked as previews, and its reports, under
 * {@code DIR/M/preview/}; nothing persists, no number is used. A billed month is first compared with its invoices in
 * force ({@link MonthComparison}): when the data gives the same invoices, only the reports are written. Otherwise the
 * month goes through the issue step's own pipeline, in a transaction that is always rolled back.
 */
public class MonthPreview {
    /** Under the month's output folder. */
    public static final String FOLDER = "preview";
    private static final long PREVIEW_RUN = MonthComparison.UNSTORED_RUN;

    private final TransactionTemplate transaction;
    private final MonthLoad monthLoad;
    private final MonthComparison comparison;
    private final IssuePipeline.Factory pipelines;
    private final StagingRepository staging;
    private final DocumentRepository documents;
    private final RejectRepository rejects;
    private final MonthReports reports;
    private final int chunkSize;

    public MonthPreview(TransactionTemplate transaction, MonthLoad monthLoad, MonthComparison comparison,
                 IssuePipeline.Factory pipelines, StagingRepository staging, DocumentRepository documents,
                 RejectRepository rejects, MonthReports reports, int chunkSize) {
        this.transaction = transaction;
        this.monthLoad = monthLoad;
        this.comparison = comparison;
        this.pipelines = pipelines;
        this.staging = staging;
        this.documents = documents;
        this.rejects = rejects;
        this.reports = reports;
        this.chunkSize = chunkSize;
    }

    /** Previews billing the month with {@code parameters}; {@code billed}: the run that billed it last, if any. */
    public MonthComparison.Outcome run(BillingParameters parameters, Optional<MonthComparison.BilledRun> billed) {
        Path folder = parameters.monthOutput().resolve(FOLDER);
        if (billed.isPresent()) {
            MonthComparison.Outcome compared = comparison.compare(parameters, billed.get());
            if (compared.changesNothing()) {
                AtomicFiles.removeAll(folder);
                reports.write(folder, parameters.month(), compared.rejects().get(), compared.serviceLevels().get());
                return compared;
            }
        }
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                return issued(parameters, folder);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("preview: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The month staged and read as the issue step reads it, chunk by chunk through the issue step's pipeline; its
     * files and reports into {@code folder}, an emptied folder.
     */
    private MonthComparison.Outcome issued(BillingParameters parameters, Path folder) throws Exception {
        RunContext run = new RunContext(parameters, PREVIEW_RUN);
        monthLoad.load(run, TransactionOperations.withoutTransaction()); // rolled back with the rest
        Map<Reconciliation, List<MonthComparison.Change>> changes = new EnumMap<>(Reconciliation.class);
        for (Reconciliation r : Reconciliation.values()) {
            changes.put(r, new ArrayList<>());
        }
        AtomicFiles.removeAll(folder);
        IssuePipeline pipeline = pipelines.preview(run, folder);
        List<RatedMonth> chunk = new ArrayList<>();
        staging.forEachPage(run.runId(), parameters.month(), chunkSize, page -> {
            for (StagedMonth month : page) {
                chunk.add(pipeline.rate(month));
                if (chunk.size() == chunkSize) {
                    issue(pipeline, chunk, changes);
                }
            }
        });
        issue(pipeline, chunk, changes);
        pipeline.finish();
        reports.write(folder, parameters.month(), PREVIEW_RUN);
        return new MonthComparison.Outcome(changes, documents.inForceTotals(parameters.month()).invoices(),
                rejects.count(PREVIEW_RUN), () -> reports.rejects(PREVIEW_RUN), () -> reports.serviceLevels(PREVIEW_RUN),
                false);
    }

    /** A chunk of rated customers through the pipeline, their reconciliations noted; the chunk is emptied. */
    private static void issue(IssuePipeline pipeline, List<RatedMonth> chunk,
                              Map<Reconciliation, List<MonthComparison.Change>> changes) throws Exception {
        if (!chunk.isEmpty()) {
            pipeline.issue(chunk).forEach(m -> changes.get(m.reconciliation()).add(MonthComparison.Change.of(m)));
            chunk.clear();
        }
    }
}
