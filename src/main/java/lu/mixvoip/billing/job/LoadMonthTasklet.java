package lu.mixvoip.billing.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import lu.mixvoip.billing.input.MonthInputLoader;

/** Step 1: stages the month (see {@link MonthLoad}) and keeps its counts for the run report. */
class LoadMonthTasklet implements Tasklet {
    static final String SKIPPED = "skipped";

    private final MonthLoad monthLoad;

    LoadMonthTasklet(MonthLoad monthLoad) {
        this.monthLoad = monthLoad;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MonthInputLoader.Counts counts = monthLoad.load(RunContext.of(contribution.getStepExecution()));
        contribution.getStepExecution().getExecutionContext().putLong(SKIPPED, counts.skipped());
        return RepeatStatus.FINISHED;
    }
}
