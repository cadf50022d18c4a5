package lu.mixvoip.billing.batch;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.core.invoice.VatPolicy;
import lu.mixvoip.billing.issue.BillingBasis;
import lu.mixvoip.billing.issue.InputFingerprint;
import lu.mixvoip.billing.issue.MonthLoad;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.OperationalTables;

/**
 * Step 1: stages the month (see {@link MonthLoad}) and keeps the count of interventions outside it for the run
 * report. The staged rows are committed as they are written, in {@code writes}, not with the step.
 *
 * <p>The step runs again on every resume: when the input is the one the rows were staged from (same
 * {@link InputFingerprint}), it keeps them; when the input was corrected after the run failed, it stages the
 * month again from the current input, and the run report says so and how many documents were issued before.
 */
public class LoadMonthTasklet implements Tasklet {
    public static final String STEP = "load-month";
    public static final String SKIPPED = "skipped";
    /** Job-level: the fingerprint of the input the staged rows come from. */
    static final String LOADED_FROM = "loadedFrom";
    /**
     * Job-level: the {@link BillingBasis} every document of the run follows from, which a re-run of the month compares
     * with its own; absent when a resume loaded corrected input or other settings (then a re-run compares in full).
     */
    public static final String BASIS = "billingBasis";
    /** Job-level: set when a resume staged the month again from corrected input. */
    public static final String RELOADED = "reloadedAfterInputChanged";

    private final MonthLoad monthLoad;
    private final TransactionOperations writes;
    private final DocumentRepository documents;
    private final OperationalTables tables;
    private final VatPolicy vat;

    LoadMonthTasklet(MonthLoad monthLoad, TransactionOperations writes, DocumentRepository documents,
                     OperationalTables tables, VatPolicy vat) {
        this.vat = vat;
        this.monthLoad = monthLoad;
        this.writes = writes;
        this.documents = documents;
        this.tables = tables;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        RunContext run = RunContext.of(step);
        String fingerprint = InputFingerprint.of(run.parameters(), tables);
        String loadedFrom = job.containsKey(LOADED_FROM) ? job.getString(LOADED_FROM) : null;
        String basis = BillingBasis.of(fingerprint, vat);
        if (fingerprint.equals(loadedFrom)) {
            if (!basis.equals(job.getString(BASIS, null))) {
                job.remove(BASIS); // settings changed between attempts: the documents follow from no one basis
            }
            step.getExecutionContext().putLong(SKIPPED, job.getLong(SKIPPED, 0L));
            return RepeatStatus.FINISHED;
        }
        if (loadedFrom != null) {
            long issued = documents.countOfRun(run.runId(), DocumentRepository.INVOICE)
                    + documents.countOfRun(run.runId(), DocumentRepository.CREDIT_NOTE);
            job.putLong(RELOADED, issued);
        }
        MonthInputLoader.Counts counts = monthLoad.load(run, writes);
        step.getExecutionContext().putLong(SKIPPED, counts.skipped());
        job.putLong(SKIPPED, counts.skipped());
        job.putString(LOADED_FROM, fingerprint);
        if (job.containsKey(RELOADED)) {
            job.remove(BASIS); // documents issued before the correction follow from the earlier input
        } else {
            job.putString(BASIS, basis);
        }
        return RepeatStatus.FINISHED;
    }
}
