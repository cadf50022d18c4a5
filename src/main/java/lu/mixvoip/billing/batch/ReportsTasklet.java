package lu.mixvoip.billing.batch;

import java.nio.file.Path;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import lu.mixvoip.billing.issue.MonthReports;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.staging.StagingRepository;

/**
 * Last step: the month's reports, then the clean-up: temporary files a killed run may have left, and the run's staged
 * month, which nothing reads once the run is done (its rejects and ticket assessments stay, for the reports).
 */
class ReportsTasklet implements Tasklet {
    private final MonthReports reports;
    private final StagingRepository staging;

    ReportsTasklet(MonthReports reports, StagingRepository staging) {
        this.reports = reports;
        this.staging = staging;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunContext run = RunContext.of(contribution.getStepExecution());
        Path folder = run.parameters().monthOutput();
        reports.write(folder, run.parameters().month(), run.runId());
        for (String files : new String[] {"", "invoices", "credit-notes"}) {
            AtomicFiles.removeLeftovers(folder.resolve(files));
        }
        staging.clearStagedRows(run.runId());
        return RepeatStatus.FINISHED;
    }
}
