package lu.mixvoip.billing.job;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import lu.mixvoip.billing.input.CsvTable;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.StagingRepository;
import lu.mixvoip.billing.store.StagingWriter;

/**
 * Step 1: reads the three input files, applies the row rules and stages the month. It starts by clearing what an
 * interrupted attempt may have staged, so a restart loads from scratch.
 */
class LoadMonthTasklet implements Tasklet {
    static final String SKIPPED = "skipped";
    static final String INTERVENTIONS = "interventions";

    private final StagingRepository staging;
    private final RejectRepository rejects;
    private final Progress progress;
    private final OperationalTables tables;

    private final FaultInjection faults;

    LoadMonthTasklet(StagingRepository staging, RejectRepository rejects, OperationalTables tables,
                     Progress progress, FaultInjection faults) {
        this.faults = faults;
        this.tables = tables;
        this.staging = staging;
        this.rejects = rejects;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunContext run = RunContext.of(contribution.getStepExecution());
        BillingParameters parameters = run.parameters();
        staging.clear(run.runId());
        StagingWriter writer = staging.writer(run.runId(), rejects);
        Progress.Tracker tracker = progress.start("load", "rows", 0);
        MonthInputLoader loader = new MonthInputLoader(parameters.month(), parameters.tariff().zones(), writer,
                () -> {
                    tracker.advance();
                    faults.reach("load");
                });
        MonthInputLoader.Counts counts = loader.load(file -> parameters.source() == BillingParameters.Source.DB
                ? tables.open(file, parameters.month())
                : CsvTable.open(parameters.input().resolve(file.fileName()), file.columns()));
        writer.flush();
        tracker.finish();
        var context = contribution.getStepExecution().getExecutionContext();
        context.putLong(SKIPPED, counts.skipped());
        context.putLong(INTERVENTIONS, counts.interventions());
        return RepeatStatus.FINISHED;
    }
}
