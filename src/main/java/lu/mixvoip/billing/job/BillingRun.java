package lu.mixvoip.billing.job;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.SQLException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Money;
import lu.mixvoip.billing.input.InputException;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.RejectRepository;

/** Launches the billing job for one month and turns its end into an exit code and a report. */
@Component
public class BillingRun {
    private final JobOperator jobOperator;
    private final Job job;
    private final InvoiceRepository invoices;
    private final RejectRepository rejects;
    private final String logFile;
    private final JobRepository jobRepository;
    private final DataSource dataSource;
    private final PrintStream out = System.out;

    public BillingRun(JobOperator jobOperator, Job monthlyBillingJob, InvoiceRepository invoices,
                      RejectRepository rejects, @Value("${logging.file.name}") String logFile,
                      JobRepository jobRepository, DataSource dataSource) {
        this.logFile = logFile;
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
        this.jobOperator = jobOperator;
        this.job = monthlyBillingJob;
        this.invoices = invoices;
        this.rejects = rejects;
    }

    public RunOutcome run(BillingParameters parameters) {
        try (DatabaseRunLock lock = DatabaseRunLock.tryAcquire(dataSource)) {
            if (lock == null) {
                return new RunOutcome(RunOutcome.REFUSED, null, "another billing run is in progress on this"
                        + " database: " + describeRunning() + "; nothing was done.");
            }
            recoverStaleExecutions();
            return launch(parameters);
        } catch (SQLException e) {
            return new RunOutcome(RunOutcome.FAILED, null, "cannot reach the database: " + e.getMessage());
        }
    }

    /**
     * Holding the run locks proves no live process runs the job: an execution still marked as running was
     * killed (kill -9, power loss). Marking it failed lets the same command resume it.
     */
    private void recoverStaleExecutions() {
        for (JobExecution stale : jobRepository.findRunningJobExecutions(BillingJobConfiguration.JOB_NAME)) {
            jobOperator.recover(stale);
            out.println("Execution " + stale.getId() + " of " + stale.getJobParameters().getString("month")
                    + " was left running by a process that is gone; it is marked failed and resumed.");
        }
    }

    private String describeRunning() {
        return jobRepository.findRunningJobExecutions(BillingJobConfiguration.JOB_NAME).stream()
                .map(e -> "execution " + e.getId() + " of " + e.getJobParameters().getString("month")
                        + " started " + e.getStartTime())
                .collect(Collectors.joining(", "));
    }

    private RunOutcome launch(BillingParameters parameters) {
        Instant started = Instant.now();
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters.toJobParameters());
        } catch (JobInstanceAlreadyCompleteException e) {
            return new RunOutcome(RunOutcome.REFUSED, null, parameters.month() + " has already been billed"
                    + " (see " + parameters.monthOutput() + "); its invoices are issued and are not billed again.");
        } catch (JobExecutionAlreadyRunningException e) {
            return new RunOutcome(RunOutcome.REFUSED, null, "a run of " + parameters.month()
                    + " is already in progress (" + e.getMessage() + "); nothing was done.");
        } catch (Exception e) {
            return new RunOutcome(RunOutcome.FAILED, null, "could not start the run: " + e.getMessage());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(execution);
        }
        long runId = execution.getJobInstanceId();
        List<IssuedInvoice> issued = invoices.headersOfMonth(parameters.month());
        long rejected = rejects.count(runId);
        StepExecution load = step(execution, "load-month");
        RunReport report = new RunReport("Billed " + parameters.month() + ".", issued.size(),
                sum(issued, true), sum(issued, false),
                issued.stream().mapToLong(i -> i.invoice().interventions()).sum(),
                load == null ? 0 : load.getExecutionContext().getLong(LoadMonthTasklet.SKIPPED, 0L),
                rejected,
                List.of(parameters.monthOutput().resolve("invoices"), parameters.monthOutput().resolve("summary.csv"),
                        parameters.monthOutput().resolve("rejects.csv")),
                Duration.between(started, Instant.now()));
        return new RunOutcome(rejected > 0 ? RunOutcome.COMPLETED_WITH_REJECTS : RunOutcome.COMPLETED, report, null);
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

    private static BigDecimal sum(List<IssuedInvoice> issued, boolean exclVat) {
        return issued.stream().map(i -> exclVat ? i.invoice().totalExclVat() : i.invoice().totalInclVat())
                .reduce(Money.ZERO, BigDecimal::add);
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
