package lu.mixvoip.billing.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import lu.mixvoip.billing.BillingProperties;
import lu.mixvoip.billing.batch.BillingJobConfiguration;
import lu.mixvoip.billing.batch.LoadMonthTasklet;
import lu.mixvoip.billing.batch.RestoreDocumentsTasklet;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Reconciliation;
import lu.mixvoip.billing.core.invoice.VatNumber;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.input.InputException;
import lu.mixvoip.billing.issue.MonthComparison;
import lu.mixvoip.billing.issue.MonthPreview;
import lu.mixvoip.billing.issue.MonthReports;
import lu.mixvoip.billing.issue.MonthRestoration;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.report.OutputConflict;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.run.DatabaseRunLock;
import lu.mixvoip.billing.run.ExitCode;
import lu.mixvoip.billing.run.Failures;
import lu.mixvoip.billing.run.RunMode;
import lu.mixvoip.billing.run.RunOutcome;
import lu.mixvoip.billing.run.RunReport;
import lu.mixvoip.billing.store.DocumentNumbers;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.TicketAssessmentRepository;

/**
 * Bills one month: decides (see {@link RunDecision}) between a first billing, resuming an interrupted run, doing
 * nothing but restoring missing outputs (the month is billed and the data gives the same invoices), refusing (it
 * would give different ones), a re-bill and a preview; launches the job and turns its end into an exit code and a
 * report.
 */
public class BillingRun {
    private static final int LISTED = 10;
    private static final String MISMATCH = "the store does not match the output folder: it was lost, replaced or"
            + " emptied, or the output folder belongs to another store. Restore the store from its backup, or bill"
            + " into another --output. Issued documents are never overwritten.";

    private final JobOperator jobOperator;
    private final Job job;
    private final JobRepository jobRepository;
    private final DocumentRepository documents;
    private final DocumentNumbers numbers;
    private final RejectRepository rejects;
    private final TicketAssessmentRepository assessments;
    private final MonthComparison comparison;
    private final MonthPreview preview;
    private final MonthRestoration restoration;
    private final EInvoicing eInvoicing;
    private final DataSource dataSource;
    private final Path logFile;

    BillingRun(JobOperator jobOperator, Job monthlyBillingJob, JobRepository jobRepository,
               DocumentRepository documents, DocumentNumbers numbers, RejectRepository rejects,
               TicketAssessmentRepository assessments, MonthComparison comparison, MonthPreview preview,
               MonthRestoration restoration,
               EInvoicing eInvoicing, DataSource dataSource, BillingProperties properties) {
        this.jobOperator = jobOperator;
        this.job = monthlyBillingJob;
        this.jobRepository = jobRepository;
        this.documents = documents;
        this.numbers = numbers;
        this.rejects = rejects;
        this.assessments = assessments;
        this.comparison = comparison;
        this.preview = preview;
        this.restoration = restoration;
        this.eInvoicing = eInvoicing;
        this.dataSource = dataSource;
        this.logFile = properties.logFile();
    }

    /** {@code out}: where the run tells the operator what it decided (the command's standard output). */
    public RunOutcome run(BillingParameters parameters, RunMode mode, PrintStream out) {
        try (DatabaseRunLock lock = DatabaseRunLock.tryAcquire(dataSource)) {
            if (lock == null) {
                return RunOutcome.of(ExitCode.REFUSED, "another billing run is in progress on this database: "
                        + describeRunning() + "; nothing was done.");
            }
            settleUnfinished(jobRepository.findRunningJobExecutions(BillingJobConfiguration.JOB_NAME), out);
            return decide(parameters, mode, out);
        } catch (SQLException e) {
            return RunOutcome.of(ExitCode.FAILED, "cannot reach the database: " + e.getMessage() + " — once it"
                    + " answers again, run the same command again to resume; invoices already issued keep their"
                    + " numbers.");
        }
    }

    private RunOutcome decide(BillingParameters parameters, RunMode mode, PrintStream out) {
        int runs = runsOf(parameters);
        JobExecution last = runs == 0 ? null : lastExecution(parameters, runs - 1);
        if (mode.dryRun() && last != null && last.getStatus() != BatchStatus.COMPLETED
                && documents.countOfRun(last.getJobInstanceId()) == 0) {
            // A run that stopped before it stored a document (bad input, say) left the month as the run before it
            // did: a preview has nothing to mix with, and shows the month from there.
            runs--;
            last = runs == 0 ? null : lastExecution(parameters, runs - 1);
        }
        BillingParameters next = runs == 0 ? parameters.asRebill(0)
                : parameters.asRebill(runs).withIssueDate(mode.rebillIssueDate());
        switch (RunDecision.of(runs, last == null ? null : last.getStatus(), mode)) {
            case REFUSE_PREVIEW_OF_UNFINISHED:
                return RunOutcome.of(ExitCode.REFUSED, "refused: " + describe(last) + " did not finish; a preview"
                        + " would mix its documents with the new ones. Run the same command without --dry-run to"
                        + " complete it first. Nothing was done.");
            case RESUME:
                settleUnfinished(jobRepository.getJobExecutions(last.getJobInstance()), out);
                out.println("Resuming " + describe(last) + ", interrupted while " + last.getStatus().name()
                        .toLowerCase(Locale.ROOT) + ".");
                BillingParameters original = BillingParameters.from(last.getJobParameters());
                return finished(() -> start(parameters.asRebill(original.rebill())
                        .withIssueDate(original.issueDate())));
            case PREVIEW:
                return previewed(parameters, next, last, runs);
            case FIRST_BILLING:
                return issuing(next);
            default:
                break;
        }
        MonthComparison.Outcome outcome;
        try {
            Optional<MonthComparison.Outcome> fromStore = comparison.fromStore(next, billedBy(last));
            if (fromStore.isEmpty() && mode.rebill()) {
                // The re-bill reconciles every customer with the invoice in force: comparing first would rate twice.
                return issuing(next);
            }
            outcome = fromStore.orElseGet(() -> comparison.compareInFull(next));
        } catch (RuntimeException e) {
            return failed(List.of(e));
        }
        return switch (RunDecision.afterComparison(outcome.changesNothing(), mode.rebill())) {
            case NOTHING_CHANGED -> unchanged(parameters, outcome, last);
            case REFUSE_CHANGED -> RunOutcome.of(ExitCode.REFUSED, "refused: " + parameters.month() + " is already"
                    + " billed and the data now gives different invoices:\n" + changes(outcome) + "\nNothing was"
                    + " written. Re-run with --rebill to cancel the changed invoices with credit notes and issue new"
                    + " ones, or with --dry-run to preview that first.");
            case REBILL -> issuing(next);
        };
    }

    /** A run that will number documents: refused when the output folder holds numbers the store never issued. */
    private RunOutcome issuing(BillingParameters parameters) {
        Optional<String> backDated = backDated(parameters);
        if (backDated.isPresent()) {
            return RunOutcome.of(ExitCode.BAD_INPUT, backDated.get());
        }
        Optional<String> unknown = OutputFolderCheck.documentUnknownToStore(parameters.output(),
                parameters.issueDate().getYear(), numbers::lastValue);
        if (unknown.isPresent()) {
            return RunOutcome.of(ExitCode.REFUSED, "refused: " + unknown.get() + ": " + MISMATCH
                    + " Nothing was done.");
        }
        return finished(() -> start(parameters));
    }

    /** Billing-rules §8: a document never takes a number after one dated later in the same sequence. */
    private Optional<String> backDated(BillingParameters parameters) {
        int year = parameters.issueDate().getYear();
        List<String> types = parameters.rebill() == 0 ? List.of(DocumentRepository.INVOICE)
                : List.of(DocumentRepository.INVOICE, DocumentRepository.CREDIT_NOTE);
        for (String type : types) {
            Optional<LocalDate> latest = documents.latestIssueDate(type, year);
            if (latest.isPresent() && parameters.issueDate().isBefore(latest.get())) {
                return Optional.of("refused: the documents would be dated " + parameters.issueDate() + ", before "
                        + latest.get() + ", the latest issue date of the " + year + " "
                        + (type.equals(DocumentRepository.INVOICE) ? "invoices" : "credit notes") + ": numbers must"
                        + " rise with dates. Give --issue-date=" + latest.get() + " or later (today, for instance)."
                        + " Nothing was billed.");
            }
        }
        return Optional.empty();
    }

    private static MonthComparison.BilledRun billedBy(JobExecution last) {
        return new MonthComparison.BilledRun(last.getJobInstanceId(), last.getExecutionContext()
                .containsKey(LoadMonthTasklet.BASIS) ? last.getExecutionContext().getString(LoadMonthTasklet.BASIS)
                : null);
    }

    private RunOutcome previewed(BillingParameters parameters, BillingParameters next, JobExecution last,
                                 int runs) {
        MonthComparison.Outcome outcome;
        try {
            outcome = preview.run(next, last == null ? Optional.empty() : Optional.of(billedBy(last)));
        } catch (RuntimeException e) {
            return failed(List.of(e));
        }
        return RunOutcome.of(ExitCode.completed(outcome.rejected()), "Preview of "
                + (runs == 0 ? "billing " : "re-billing ") + parameters.month() + " (nothing was stored, no number"
                + " was used):\n" + changes(outcome) + "\nPreview documents, summary.csv and sla.csv: "
                + parameters.monthOutput().resolve(MonthPreview.FOLDER));
    }

    /** The month is billed and the data gives the same invoices: only missing outputs and sla.csv are written. */
    private RunOutcome unchanged(BillingParameters parameters, MonthComparison.Outcome outcome, JobExecution last) {
        int restored;
        try {
            restored = restoration.restore(parameters, last.getJobInstanceId());
        } catch (Exception e) {
            return failed(List.of(e));
        }
        // From the billed run's basis, sla.csv is the run's (restored if missing); else as the data gives it now.
        boolean slaRewritten = !outcome.sameBasis() && AtomicFiles.writeIfChanged(
                parameters.monthOutput().resolve(MonthReports.SLA), outcome.serviceLevels().get());
        return RunOutcome.of(ExitCode.COMPLETED, parameters.month() + " is already billed and the data gives the"
                + " same invoices: nothing changed (" + outcome.invoicesInForce() + " invoices in force, see "
                + parameters.monthOutput() + ")."
                + (outcome.sameBasis() ? " The input, tariff and VAT settings are those it was billed from." : "")
                + (restored > 0 ? " Restored " + restored + " missing files from the store." : "")
                + (slaRewritten ? " sla.csv is rewritten: the tickets changed." : ""));
    }

    private JobExecution start(BillingParameters parameters) {
        try {
            return jobOperator.start(job, parameters.toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** How many job instances (first billing and re-bills) the month has. */
    private int runsOf(BillingParameters parameters) {
        int runs = 0;
        while (lastExecution(parameters, runs) != null) {
            runs++;
        }
        return runs;
    }

    private JobExecution lastExecution(BillingParameters parameters, int rebill) {
        return jobRepository.getLastJobExecution(BillingJobConfiguration.JOB_NAME,
                BillingParameters.identifying(parameters.month(), rebill));
    }

    /**
     * Executions, or their steps, still marked running (killed by kill -9 or a power loss, or their last update lost
     * with the database) or left UNKNOWN (the database went away while a chunk's transaction ended, so Spring Batch
     * could not tell whether it committed) are marked failed, which lets the same command resume them: holding the
     * run locks proves no live process runs them, and a chunk's documents, numbers and checkpoint commit in one
     * transaction of one database, so the store holds exactly what committed.
     */
    private void settleUnfinished(Collection<JobExecution> executions, PrintStream out) {
        for (JobExecution execution : executions) {
            boolean running = execution.isRunning();
            boolean settled = false;
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED);
                    step.setEndTime(LocalDateTime.now());
                    jobRepository.update(step);
                    settled = true;
                }
            }
            if (execution.getStatus() == BatchStatus.UNKNOWN || running) {
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED);
                execution.setEndTime(LocalDateTime.now());
                jobRepository.update(execution);
                settled = true;
            }
            if (settled) {
                out.println(describe(execution) + (running ? " was left running by a process that is gone"
                        : " ended while the database was out of reach; the store keeps what it committed")
                        + ": it is marked failed.");
            }
        }
    }

    private String describeRunning() {
        return jobRepository.findRunningJobExecutions(BillingJobConfiguration.JOB_NAME).stream()
                .map(e -> describe(e) + " started " + e.getStartTime()).collect(Collectors.joining(", "));
    }

    private static String describe(JobExecution execution) {
        return BillingParameters.describe(execution.getId(), execution.getJobParameters());
    }

    private static String changes(MonthComparison.Outcome outcome) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "  %s would get a changed invoice, %d a new invoice, %d would lose their invoice;"
                        + " %d unchanged", counted(outcome.changes().get(Reconciliation.CHANGED).size(), "customer"),
                outcome.changes().get(Reconciliation.NEW).size(), outcome.changes().get(Reconciliation.GONE).size(),
                outcome.changes().get(Reconciliation.UNCHANGED).size()));
        for (Reconciliation kind : List.of(Reconciliation.CHANGED, Reconciliation.NEW, Reconciliation.GONE)) {
            List<MonthComparison.Change> listed = outcome.changes().get(kind);
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

    private RunOutcome finished(Supplier<JobExecution> launch) {
        Instant started = Instant.now();
        JobExecution execution;
        try {
            execution = launch.get();
        } catch (RuntimeException e) {
            return failed(List.of(e));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return failed(execution.getAllFailureExceptions());
        }
        BillingParameters parameters = BillingParameters.from(execution.getJobParameters());
        // A preview shows what was to be done; once it is done, it would only be mistaken for the documents.
        AtomicFiles.removeAll(parameters.monthOutput().resolve(MonthPreview.FOLDER));
        long runId = execution.getJobInstanceId();
        DocumentRepository.InForceTotals inForce = documents.inForceTotals(parameters.month());
        long rejected = rejects.count(runId);
        List<Customer> customers = documents.customersOfRun(runId);
        long creditNotes = documents.countOfRun(runId, DocumentRepository.CREDIT_NOTE);
        long newInvoices = documents.countOfRun(runId, DocumentRepository.INVOICE);
        String headline = parameters.rebill() == 0 ? "Billed " + parameters.month() + "."
                : creditNotes + newInvoices == 0 ? String.format(Locale.ROOT, "Re-billed %s (re-bill %d): the data"
                        + " gives the same invoices, nothing was issued.", parameters.month(), parameters.rebill())
                : String.format(Locale.ROOT, "Re-billed %s (re-bill %d): %s, %s.", parameters.month(),
                        parameters.rebill(), counted(creditNotes, "credit note"), counted(newInvoices, "new invoice"));
        RunReport report = new RunReport(headline, inForce.invoices(), inForce.totalExclVat(),
                inForce.totalInclVat(), inForce.interventions(),
                lastStep(execution, LoadMonthTasklet.STEP).map(s -> s.getExecutionContext()
                        .getLong(LoadMonthTasklet.SKIPPED, 0L)).orElse(0L),
                rejected, assessments.counts(runId), eInvoices(customers),
                step(execution, "restore-documents").map(s -> s.getExecutionContext()
                        .getInt(RestoreDocumentsTasklet.RESTORED, 0)).orElse(0),
                outputs(parameters), Duration.between(started, Instant.now()), unprintable(customers),
                notes(execution, parameters, customers));
        return new RunOutcome(ExitCode.completed(rejected), report, null);
    }

    /** The run's customers whose name or address has characters the invoice font cannot print (issue 24, item 8). */
    private static List<String> unprintable(List<Customer> customers) {
        return customers.stream().filter(c -> !InvoicePdfRenderer.unprintableCharacters(c).isEmpty())
                .map(Customer::id).sorted().distinct().toList();
    }

    /**
     * How many Factur-X PDFs and Peppol UBL files the run wrote, and which of its customers got no UBL (no electronic
     * address).
     */
    private String eInvoices(List<Customer> customers) {
        if (!eInvoicing.isOn()) {
            return "none: " + eInvoicing.offBecause();
        }
        Set<String> without = customers.stream().filter(c -> EInvoicing.addressOf(c).isEmpty()).map(Customer::id)
                .collect(Collectors.toCollection(TreeSet::new));
        return String.format(Locale.ROOT, "%s, %,d Peppol UBL written%s", counted(customers.size(), "Factur-X PDF"),
                customers.size() - without.size(), without.isEmpty() ? "" : String.format(Locale.ROOT,
                        "; %s without an electronic address (no UBL): %s", counted(without.size(), "customer"),
                        listed(without)));
    }

    private static List<String> notes(JobExecution execution, BillingParameters parameters,
                                      List<Customer> customers) {
        List<String> notes = new ArrayList<>();
        LocalDate today = LocalDate.now(LuxembourgCalendar.ZONE);
        if (!customers.isEmpty() && parameters.issueDate().isBefore(today.minusDays(LATE_AFTER_DAYS))) {
            notes.add("the documents are dated " + parameters.issueDate() + ", " + counted(
                    ChronoUnit.DAYS.between(parameters.issueDate(), today), "day") + " before today (by default a"
                    + " month's invoices are dated the day after it): --issue-date dates a late billing otherwise");
        }
        if (execution.getExecutionContext().containsKey(LoadMonthTasklet.RELOADED)) {
            long issued = execution.getExecutionContext().getLong(LoadMonthTasklet.RELOADED);
            notes.add("the input changed after the interrupted run: the month was read again from the current input"
                    + (issued == 0 ? " (nothing of it had been issued)" : "; " + counted(issued, "document")
                    + " issued before stay as they are: if the correction concerns them, re-bill (--rebill"
                    + " --dry-run shows what changes)"));
        }
        notes.addAll(vatNumberNotes(customers));
        return notes;
    }

    /**
     * Customers billed with a VAT number that fails its check digits: billed as given (the VAT treatment rests on
     * what the customer declared), named so that finance can have it corrected.
     */
    private static List<String> vatNumberNotes(List<Customer> customers) {
        Set<String> failing = new TreeSet<>();
        for (Customer customer : customers) {
            try {
                VatNumber.parse(customer.country(), customer.vatNumber()).filter(VatNumber::failsCheckDigits)
                        .ifPresent(vat -> failing.add(customer.id() + " (" + vat + ")"));
            } catch (IllegalArgumentException e) {
                failing.add(customer.id() + " (" + customer.vatNumber() + ")");
            }
        }
        return failing.isEmpty() ? List.of() : List.of(counted(failing.size(), "customer") + " with a VAT number"
                + " that fails its check digits, billed as given; have it corrected: " + listed(failing));
    }

    private static String listed(Set<String> items) {
        return items.stream().limit(LISTED * 2).collect(Collectors.joining(", "))
                + (items.size() > LISTED * 2 ? " and " + (items.size() - LISTED * 2) + " more" : "");
    }

    private static List<Path> outputs(BillingParameters parameters) {
        Path folder = parameters.monthOutput();
        List<String> names = parameters.rebill() == 0 ? List.of("invoices", "summary.csv", "rejects.csv", "sla.csv")
                : List.of("invoices", "credit-notes", "summary.csv", "rejects.csv", "sla.csv", "adjustments.csv");
        return names.stream().map(folder::resolve).toList();
    }

    private RunOutcome failed(List<Throwable> failures) {
        Optional<OutputConflict> conflict = failures.stream().flatMap(f -> Failures.find(f, OutputConflict.class)
                .stream()).findFirst();
        if (conflict.isPresent()) {
            return RunOutcome.of(ExitCode.REFUSED, "refused: " + conflict.get().getMessage() + ": " + MISMATCH);
        }
        String causes = failures.stream().map(f -> Failures.message(f, List.of(InputException.class))).distinct()
                .collect(Collectors.joining("; "));
        if (failures.stream().anyMatch(f -> Failures.find(f, InputException.class).isPresent())) {
            return RunOutcome.of(ExitCode.BAD_INPUT, causes + " — nothing was billed; fix the input and run the"
                    + " same command again.");
        }
        return RunOutcome.of(ExitCode.FAILED, "the run failed: " + causes + " — run the same command again to"
                + " resume; invoices already issued keep their numbers. Details: " + logFile);
    }

    private static Optional<StepExecution> step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst();
    }

    /** A step of the run's job instance as it last ran, in this execution or an earlier one (a resumed run). */
    private Optional<StepExecution> lastStep(JobExecution execution, String name) {
        return Optional.ofNullable(jobRepository.getLastStepExecution(execution.getJobInstance(), name));
    }

    /** A month billed later than this after its end gets a note on its (default) issue date. */
    private static final int LATE_AFTER_DAYS = 45;

    private static String counted(long count, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
