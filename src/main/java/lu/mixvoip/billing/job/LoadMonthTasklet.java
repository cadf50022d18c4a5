package lu.mixvoip.billing.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.input.MonthInputLoader;

/**
 * Step 1: stages the month (see {@link MonthLoad}) and keeps the count of interventions outside it for the run
 * report. The staged rows are committed as they are written, in {@code writes}, not with the step.
 */
class LoadMonthTasklet implements Tasklet {
    static final String STEP = "load-month";
    static final String SKIPPED = "skipped";

    private final MonthLoad monthLoad;
    private final TransactionOperations writes;

    LoadMonthTasklet(MonthLoad monthLoad, TransactionOperations writes) {
        this.monthLoad = monthLoad;
        this.writes = writes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MonthInputLoader.Counts counts = monthLoad.load(RunContext.of(contribution.getStepExecution()), writes);
        contribution.getStepExecution().getExecutionContext().putLong(SKIPPED, counts.skipped());
        return RepeatStatus.FINISHED;
    }
}
