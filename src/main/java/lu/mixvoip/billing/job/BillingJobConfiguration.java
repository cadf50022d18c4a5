package lu.mixvoip.billing.job;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.BillingProperties;
import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.InvoiceAssembler;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.store.InvoiceNumbers;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.StagedMonth;
import lu.mixvoip.billing.store.StagingRepository;
import lu.mixvoip.billing.store.V12_2__staged_rows_packed;
import lu.mixvoip.billing.store.V9__invoice_lines_packed;

/**
 * The monthly billing job. Its steps, in order:
 * <ol>
 *   <li>{@code load-month}: the input files, validated row by row, staged in the database; bad rows rejected;</li>
 *   <li>{@code issue-invoices}: customer by customer in ascending id, the month rated into an invoice and reconciled
 *       with the invoice in force: new invoices get the next gapless number, changed ones (a re-bill) are cancelled
 *       by a credit note and replaced; each chunk's PDFs are rendered on all workers while the next chunks are
 *       read, rated and stored;</li>
 *   <li>{@code render-invoices}, {@code render-credit-notes}: render any PDF of the run missing from disk (none,
 *       unless the output folder was moved or emptied while a run was interrupted);</li>
 *   <li>{@code write-reports}: summary.csv (invoices in force), rejects.csv, adjustments.csv (re-bills).</li>
 * </ol>
 * Every step is restartable: a failed run started again with the same month resumes where it stopped.
 */
@Configuration
public class BillingJobConfiguration {
    public static final String JOB_NAME = "monthly-billing";
    private static final int CHUNK = 100;

    @Bean
    Job monthlyBillingJob(JobRepository jobs, Step loadMonth, Step issueInvoices, Step renderInvoices,
                          Step renderCreditNotes, Step writeReports, ObjectProvider<RunLock> runLock) {
        return new JobBuilder(JOB_NAME, jobs)
                .listener(new RunLockDescription(runLock))
                .start(loadMonth)
                .next(issueInvoices)
                .next(renderInvoices)
                .next(renderCreditNotes)
                .next(writeReports)
                .build();
    }

    @Bean
    Step loadMonth(JobRepository jobs, PlatformTransactionManager tm, MonthLoad monthLoad) {
        return new StepBuilder("load-month", jobs)
                .tasklet(new LoadMonthTasklet(monthLoad, ownTransactions(tm)), tm)
                .build();
    }

    /** Each call in a transaction of its own, committed when it returns. */
    private static TransactionTemplate ownTransactions(PlatformTransactionManager tm) {
        TransactionTemplate template = new TransactionTemplate(tm);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    @Bean
    Step issueInvoices(JobRepository jobs, PlatformTransactionManager tm, KeysetReader<StagedMonth> customerMonths,
                       CustomerRating rating, InvoiceIssuer invoiceIssuer,
                       StagingRepository staging, Progress progress, DocumentPdfFiles documentPdfFiles) {
        return new StepBuilder("issue-invoices", jobs)
                .<StagedMonth, RatedMonth>chunk(CHUNK)
                .transactionManager(tm)
                .reader(customerMonths)
                .processor(rating)
                .writer(invoiceIssuer)
                .listener(new StepProgress<>(progress, "issue", "customers",
                        run -> staging.countBillableCustomers(run.runId())))
                .listener(new LastPdfsOfStep(documentPdfFiles))
                .build();
    }

    @Bean
    Step renderInvoices(JobRepository jobs, PlatformTransactionManager tm, KeysetReader<IssuedInvoice> missingInvoices,
                        DocumentPdfFiles documentPdfFiles, Progress progress) {
        return new StepBuilder("render-invoices", jobs)
                .<IssuedInvoice, IssuedInvoice>chunk(CHUNK)
                .transactionManager(tm)
                .reader(missingInvoices)
                .writer(chunk -> documentPdfFiles.write(chunk.getItems(), List.of()).await())
                .listener(new StepProgress<>(progress, "render", "missing invoice PDFs", run -> 0))
                .build();
    }

    @Bean
    Step renderCreditNotes(JobRepository jobs, PlatformTransactionManager tm, KeysetReader<CreditNote> missingCreditNotes,
                           DocumentPdfFiles documentPdfFiles, Progress progress) {
        return new StepBuilder("render-credit-notes", jobs)
                .<CreditNote, CreditNote>chunk(CHUNK)
                .transactionManager(tm)
                .reader(missingCreditNotes)
                .writer(chunk -> documentPdfFiles.write(List.of(), chunk.getItems()).await())
                .listener(new StepProgress<>(progress, "render", "missing credit note PDFs", run -> 0))
                .build();
    }

    @Bean
    Step writeReports(JobRepository jobs, PlatformTransactionManager tm, InvoiceRepository invoices,
                      RejectRepository rejects) {
        return new StepBuilder("write-reports", jobs)
                .tasklet(new WriteReportsTasklet(invoices, rejects), tm)
                .build();
    }

    @Bean
    @StepScope
    KeysetReader<StagedMonth> customerMonths(@Value("#{stepExecution}") StepExecution step,
                                               StagingRepository staging, InvoiceRepository invoices) {
        return customerMonthReader(RunContext.of(step), staging, invoices);
    }

    /**
     * In ascending customer id, each customer with something to bill or with an invoice in force for the month
     * (a re-bill may cancel it), with its month.
     */
    static KeysetReader<StagedMonth> customerMonthReader(RunContext run, StagingRepository staging,
                                                           InvoiceRepository invoices) {
        return new KeysetReader<>("rate.last-customer", CHUNK, (after, limit) -> staging.nextCustomerMonths(
                run.runId(), run.parameters().month(), after, limit, invoices), StagedMonth::customerId);
    }

    @Bean
    @StepScope
    CustomerRating rating(@Value("#{stepExecution}") StepExecution step, BillingProperties properties,
                          FaultInjection faults) {
        return new CustomerRating(new InvoiceAssembler(RunContext.of(step).parameters().tariff(),
                properties.vatPolicy()), faults);
    }

    @Bean
    @StepScope
    InvoiceIssuer invoiceIssuer(@Value("#{stepExecution}") StepExecution step, InvoiceNumbers numbers,
                                InvoiceRepository invoices, RejectRepository rejects,
                                BillingProperties properties, FaultInjection faults,
                                DocumentPdfFiles documentPdfFiles) {
        return new InvoiceIssuer(numbers, invoices, rejects, RunContext.of(step),
                properties.seller().paymentDays(), faults, documentPdfFiles, ReconciliationListener.NONE);
    }

    @Bean
    @StepScope
    KeysetReader<IssuedInvoice> missingInvoices(@Value("#{stepExecution}") StepExecution step,
                                                InvoiceRepository invoices, DocumentPdfFiles documentPdfFiles) {
        long runId = RunContext.of(step).runId();
        return KeysetReader.missing("render.last-invoice", CHUNK, (after, limit) -> invoices.numbersOfRun(runId,
                after, limit), documentPdfFiles::hasInvoice, invoices::withNumbers, IssuedInvoice::number);
    }

    @Bean
    @StepScope
    KeysetReader<CreditNote> missingCreditNotes(@Value("#{stepExecution}") StepExecution step,
                                                InvoiceRepository invoices, DocumentPdfFiles documentPdfFiles) {
        long runId = RunContext.of(step).runId();
        return KeysetReader.missing("render.last-credit-note", CHUNK, (after, limit) ->
                invoices.creditNoteNumbersOfRun(runId, after, limit), documentPdfFiles::hasCreditNote,
                invoices::creditNotes, CreditNote::number);
    }

    /** The PDFs of the run's documents, in the month's output folder. */
    @Bean
    @StepScope
    DocumentPdfFiles documentPdfFiles(@Value("#{stepExecution}") StepExecution step, InvoicePdfRenderer renderer,
                                      FaultInjection faults, AsyncTaskExecutor workers) {
        return new DocumentPdfFiles(RunContext.of(step).parameters().monthOutput(), renderer, false, faults, workers);
    }

    @Bean
    InvoicePdfRenderer invoicePdfRenderer(BillingProperties properties) {
        return new InvoicePdfRenderer(properties.seller());
    }

    /**
     * Rendering, the bulk of the work, runs on all cores: the issue step's one thread reads, rates, numbers and stores
     * the chunks in customer order and hands their PDFs to these workers (rating is too cheap to be worth spreading,
     * and queued behind the PDFs it would hold up that thread). Numbers and files are those of a single-threaded run.
     */
    @Bean
    ThreadPoolTaskExecutor workers(@Value("${billing.threads:0}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        executor.setCorePoolSize(size);
        executor.setMaxPoolSize(size);
        executor.setThreadNamePrefix("billing-worker-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    MonthPreview monthPreview(TransactionTemplate transaction, MonthLoad monthLoad, StagingRepository staging,
                              InvoiceRepository invoices, RejectRepository rejects, InvoiceNumbers numbers,
                              BillingProperties properties, InvoicePdfRenderer renderer, AsyncTaskExecutor workers) {
        return new MonthPreview(transaction, monthLoad, staging, invoices, rejects, numbers, properties, renderer,
                workers);
    }

    @Bean
    MonthLoad monthLoad(StagingRepository staging, OperationalTables tables, Progress progress,
                        FaultInjection faults) {
        return new MonthLoad(staging, tables, progress, faults);
    }

    @Bean
    FaultInjection faultInjection(@Value("${billing.fault-injection:}") String spec) {
        return new FaultInjection(spec);
    }

    @Bean
    Progress progress() {
        return new Progress(System.out, Duration.ofSeconds(5));
    }

    @Bean
    StagingRepository stagingRepository(JdbcTemplate jdbc) {
        return new StagingRepository(jdbc);
    }

    @Bean
    RejectRepository rejectRepository(JdbcTemplate jdbc) {
        return new RejectRepository(jdbc);
    }

    @Bean
    InvoiceRepository invoiceRepository(JdbcTemplate jdbc) {
        return new InvoiceRepository(jdbc);
    }

    /**
     * The schema's Java migrations, which Spring Boot hands to Flyway (class scanning is unreliable in the jar).
     * Static, so that Flyway gets them without an instance of this configuration, whose beans use the data source
     * that Flyway migrates first.
     */
    @Bean
    static JavaMigration invoiceLinesPacked() {
        return new V9__invoice_lines_packed();
    }

    @Bean
    static JavaMigration stagedRowsPacked() {
        return new V12_2__staged_rows_packed();
    }

    @Bean
    OperationalTables operationalTables(DataSource dataSource, JdbcTemplate jdbc) {
        return new OperationalTables(dataSource, jdbc);
    }

    @Bean
    InvoiceNumbers invoiceNumbers(JdbcTemplate jdbc) {
        return new InvoiceNumbers(jdbc);
    }
}
