package lu.mixvoip.billing.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.report.MonthSummary;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.RejectRepository;

/**
 * Last step: summary.csv (the month's invoices in force, in number order), rejects.csv, and adjustments.csv (every
 * document re-bills of the month issued: rewritten whole from the store, so it reads as an append-only history).
 */
class WriteReportsTasklet implements Tasklet {
    private final InvoiceRepository invoices;
    private final RejectRepository rejects;

    WriteReportsTasklet(InvoiceRepository invoices, RejectRepository rejects) {
        this.invoices = invoices;
        this.rejects = rejects;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunContext run = RunContext.of(contribution.getStepExecution());
        Path folder = run.parameters().monthOutput();
        write(folder, run.parameters().month(), run.runId(), invoices, rejects);
        AtomicFiles.removeLeftovers(folder);
        AtomicFiles.removeLeftovers(folder.resolve("invoices"));
        return RepeatStatus.FINISHED;
    }

    /** The month's reports into {@code folder}, the rejects being those of run {@code runId}. */
    static void write(Path folder, YearMonth month, long runId, InvoiceRepository invoices, RejectRepository rejects) {
        MonthSummary.writeSummary(folder.resolve("summary.csv"), each -> invoices.inForceHeaders(month, each));
        MonthSummary.writeRejects(folder.resolve("rejects.csv"), each -> rejects.list(runId, each));
        var adjustments = invoices.adjustments(month);
        if (!adjustments.isEmpty()) {
            MonthSummary.writeAdjustments(folder.resolve("adjustments.csv"), adjustments);
        }
    }
}
