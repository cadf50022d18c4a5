package lu.mixvoip.billing.job;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import lu.mixvoip.billing.core.invoice.Reconciliation;
import lu.mixvoip.billing.input.InputException;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.RejectRepository;

/**
 * Bills one month: decides between a first billing, resuming an interrupted run, doing nothing (the month is billed
 * and the data gives the same invoices), refusing (it would give different ones), a re-bill and a preview; launches
 * the job and turns its end into an exit code and a report.
 */
@Component
public class BillingRun {
    private static final int LISTED = 10;

    private final JobOperator jobOperator;
    private final Job job;
    private final JobRepository jobRepository;
    private final InvoiceRepository invoices;
    private final RejectRepository rejects;
    private final MonthPreview preview;
    private final DataSource dataSource;
    private final String logFile;

    public BillingRun(JobOperator jobOperator, Job monthlyBillingJob, JobRepository jobRepository,
                      InvoiceRepository invoices, RejectRepository rejects, MonthPreview preview,
                      DataSource dataSource, @Value("${logging.file.name}") String logFile) {
        this.jobOperator = jobOperator;
        this.job = monthlyBillingJob;
        this.jobRepository = jobRepository;
        this.invoices = invoices;
        this.rejects = rejects;
        this.preview = preview;
        this.dataSource = dataSource;
        this.logFile = logFile;
    }

    /** {@code out}: where the run tells the operator what it decided (the command's standard output). */
    public RunOutcome run(BillingParameters parameters, RunMode mode, PrintStream out) {
        try (DatabaseRunLock lock = DatabaseRunLock.tryAcquire(dataSource)) {
            if (lock == null) {
                return new RunOutcome(RunOutcome.REFUSED, null, "another billing run is in progress on this"
                        + " database: " + describeRunning() + "; nothing was done.");
            }
            recoverStaleExecutions(out);
            return decide(parameters, mode, out);
        } catch (SQLException e) {
            return new RunOutcome(RunOutcome.FAILED, null, "cannot reach the database: " + e.getMessage());
        }
    }

    private RunOutcome decide(BillingParameters parameters, RunMode mode, PrintStream out) {
        int runs = runsOf(parameters);
        JobExecution last = runs == 0 ? null : lastExecution(parameters.asRebill(runs - 1));
        if (last != null && last.getStatus() != BatchStatus.COMPLETED && mode.dryRun()) {
            return new RunOutcome(RunOutcome.REFUSED, null, "refused: " + describe(last) + " did not finish; a"
                    + " preview would mix its documents with the new ones. Run the same command without --dry-run"
                    + " to complete it first. Nothing was done.");
        }
        if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
            out.println("Resuming " + describe(last) + ", interrupted while " + last.getStatus().name()
                    .toLowerCase(Locale.ROOT) + ".");
            return finished(last.getJobParameters().getString("month"), () -> restart(last));
        }
        BillingParameters next = runs == 0 ? parameters.asRebill(0)
                : parameters.asRebill(runs).withIssueDate(mode.rebillIssueDate());
        if (mode.dryRun()) {
            MonthPreview.Outcome outcome = preview.run(next, true);
            String preview = parameters.monthOutput().resolve("preview").toString();
            return new RunOutcome(outcome.rejected() > 0 ? RunOutcome.COMPLETED_WITH_REJECTS : RunOutcome.COMPLETED,
                    null, "Preview of " + (runs == 0 ? "billing " : "re-billing ") + parameters.month()
                    + " (nothing was stored, no number was used):\n" + changes(outcome) + "\nPreview documents and"
                    + " summary.csv: " + preview);
        }
        if (runs == 0) {
            return finished(parameters.month().toString(), () -> start(next));
        }
        MonthPreview.Outcome outcome = preview.run(next, false);
        if (outcome.changesNothing()) {
            return new RunOutcome(RunOutcome.COMPLETED, null, parameters.month() + " is already billed and the data"
                    + " gives the same invoices: nothing changed (" + outcome.invoicesInForce() + " invoices in force,"
                    + " see " + parameters.monthOutput() + ").");
        }
        if (!mode.rebill()) {
            return new RunOutcome(RunOutcome.REFUSED, null, "refused: " + parameters.month() + " is already billed"
                    + " and the data now gives different invoices:\n" + changes(outcome) + "\nNothing was written."
                    + " Re-run with --rebill to cancel the changed invoices with credit notes and issue new ones,"
                    + " or with --dry-run to preview that first.");
        }
        return finished(parameters.month().toString(), () -> start(next));
    }

    private JobExecution start(BillingParameters parameters) {
        try {
            return jobOperator.start(job, parameters.toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private JobExecution restart(JobExecution last) {
        try {
            return jobOperator.restart(last);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** How many job instances (first billing and re-bills) the month has. */
    private int runsOf(BillingParameters parameters) {
        int runs = 0;
        while (lastExecution(parameters.asRebill(runs)) != null) {
            runs++;
        }
        return runs;
    }

    private JobExecution lastExecution(BillingParameters parameters) {
        return jobRepository.getLastJobExecution(BillingJobConfiguration.JOB_NAME, new JobParametersBuilder()
                .addString("month", parameters.month().toString(), true)
                .addLong("rebill", (long) parameters.rebill(), true)
                .toJobParameters());
    }

    /**
     * Holding the run locks proves no live process runs the job: an execution still marked as running was
     * killed (kill -9, power loss). Marking it failed lets the same command resume it.
     */
    private void recoverStaleExecutions(PrintStream out) {
        for (JobExecution stale : jobRepository.findRunningJobExecutions(BillingJobConfiguration.JOB_NAME)) {
            jobOperator.recover(stale);
            out.println(describe(stale) + " was left running by a process that is gone; it is marked failed.");
        }
    }

    private String describeRunning() {
        return jobRepository.findRunningJobExecutions(BillingJobConfiguration.JOB_NAME).stream()
                .map(e -> describe(e) + " started " + e.getStartTime()).collect(Collectors.joining(", "));
    }

    private static String describe(JobExecution execution) {
        long rebill = execution.getJobParameters().getLong("rebill", 0L);
        return "execution " + execution.getId() + " of " + execution.getJobParameters().getString("month")
                + (rebill > 0 ? " (re-bill " + rebill + ")" : "");
    }

    private static String changes(MonthPreview.Outcome outcome) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "  %d customers would get a changed invoice, %d a new invoice, %d would lose their invoice;"
                        + " %d unchanged", outcome.changes().get(Reconciliation.CHANGED).size(),
                outcome.changes().get(Reconciliation.NEW).size(), outcome.changes().get(Reconciliation.GONE).size(),
                outcome.changes().get(Reconciliation.UNCHANGED).size()));
        for (Reconciliation kind : List.of(Reconciliation.CHANGED, Reconciliation.NEW, Reconciliation.GONE)) {
            List<MonthPreview.Change> listed = outcome.changes().get(kind);
            listed.stream().limit(LISTED).forEach(c -> text.append(String.format(Locale.ROOT,
                    "%n  %-9s %-12s %s -> %s EUR incl. VAT", kind.name().toLowerCase(Locale.ROOT), c.customerId(),
                    c.before() == null ? "none" : c.before().toPlainString(),
                    c.after() == null ? "none" : c.after().toPlainString())));
            if (listed.size() > LISTED) {
                text.append(String.format(Locale.ROOT, "%n  ... and %d more", listed.size() - LISTED));
            }
        }
        return text.toString();
    }

    private RunOutcome finished(String month, Supplier<JobExecution> launch) {
        Instant started = Instant.now();
        JobExecution execution;
        try {
            execution = launch.get();
        } catch (RuntimeException e) {
            return new RunOutcome(RunOutcome.FAILED, null, "could not start the run: " + e.getMessage());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(execution);
        }
        BillingParameters parameters = BillingParameters.from(execution.getJobParameters());
        long runId = execution.getJobInstanceId();
        InvoiceRepository.InForceTotals inForce = invoices.inForceTotals(parameters.month());
        long rejected = rejects.count(runId);
        StepExecution load = step(execution, "load-month");
        String headline = parameters.rebill() == 0 ? "Billed " + month + "."
                : String.format(Locale.ROOT, "Re-billed %s (re-bill %d): %d credit notes, %d new invoices.", month,
                        parameters.rebill(), invoices.countCreditNotesOfRun(runId), invoices.countOfRun(runId));
        RunReport report = new RunReport(headline, inForce.invoices(), inForce.totalExclVat(),
                inForce.totalInclVat(), inForce.interventions(),
                load == null ? 0 : load.getExecutionContext().getLong(LoadMonthTasklet.SKIPPED, 0L),
                rejected,
                outputs(parameters),
                Duration.between(started, Instant.now()));
        return new RunOutcome(rejected > 0 ? RunOutcome.COMPLETED_WITH_REJECTS : RunOutcome.COMPLETED, report, null);
    }

    private static List<java.nio.file.Path> outputs(BillingParameters parameters) {
        java.nio.file.Path folder = parameters.monthOutput();
        List<String> names = parameters.rebill() == 0 ? List.of("invoices", "summary.csv", "rejects.csv")
                : List.of("invoices", "credit-notes", "summary.csv", "rejects.csv", "adjustments.csv");
        return names.stream().map(folder::resolve).toList();
    }

    private RunOutcome failed(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        boolean badInput = failures.stream().anyMatch(f -> causedBy(f, InputException.class));
        String causes = failures.stream().map(BillingRun::rootMessage).distinct().collect(Collectors.joining("; "));
        if (badInput) {
            return new RunOutcome(RunOutcome.BAD_INPUT, null, causes + " — nothing was billed; fix the input and run"
                    + " the same command again.");
        }
        return new RunOutcome(RunOutcome.FAILED, null, "the run failed: " + causes + " — run the same command"
                + " again to resume; invoices already issued keep their numbers. Details: " + logFile);
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                .orElse(null);
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputException) {
                return t.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
