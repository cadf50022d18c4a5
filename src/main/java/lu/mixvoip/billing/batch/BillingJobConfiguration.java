package lu.mixvoip.billing.batch;

import java.time.Duration;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.BillingProperties;
import lu.mixvoip.billing.core.invoice.InvoiceAssembler;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.issue.DocumentFiles;
import lu.mixvoip.billing.issue.IssuePipeline;
import lu.mixvoip.billing.issue.MonthComparison;
import lu.mixvoip.billing.issue.MonthLoad;
import lu.mixvoip.billing.issue.MonthPreview;
import lu.mixvoip.billing.issue.MonthReports;
import lu.mixvoip.billing.issue.MonthRestoration;
import lu.mixvoip.billing.issue.RatedMonth;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.run.Progress;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.run.RunLock;
import lu.mixvoip.billing.staging.StagedMonth;
import lu.mixvoip.billing.staging.StagingRepository;
import lu.mixvoip.billing.store.DocumentNumbers;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.EmbeddedStoreCompaction;
import lu.mixvoip.billing.store.OperationalTables;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.TicketAssessmentRepository;

/**
 * The monthly billing job. Its steps, in order:
 * <ol>
 *   <li>{@code load-month}: the inputs, validated row by row, staged in the store; bad rows rejected;</li>
 *   <li>{@code issue-documents}: customer by customer in ascending id, chunk by chunk: <b>rate</b> the month,
 *       <b>reconcile</b> it with the invoice in force, <b>number</b> the documents that follow (a new invoice, or a
 *       credit note and a new invoice for a changed one), <b>store</b> them, and <b>render</b> their files on all
 *       workers while the next chunk is rated (see {@link IssuePipeline});</li>
 *   <li>{@code restore-documents}: render any document of the month whose file is missing (none, unless a crash or
 *       someone removed files);</li>
 *   <li>{@code write-reports}: summary.csv, rejects.csv, sla.csv, adjustments.csv; clean-up.</li>
 * </ol>
 * Every step is restartable: a failed run started again with the same month resumes where it stopped.
 */
@Configuration
public class BillingJobConfiguration {
    public static final String JOB_NAME = "monthly-billing";
    private static final Log log = LogFactory.getLog(BillingJobConfiguration.class);

    @Bean
    Job monthlyBillingJob(JobRepository jobs, Step loadMonth, Step issueDocuments, Step restoreDocuments,
                          Step writeReports, ObjectProvider<RunLock> runLock, EmbeddedStoreCompaction compaction) {
        return new JobBuilder(JOB_NAME, jobs)
                .listener(new RunLockDescription(runLock))
                .listener(compactedAfterwards(compaction))
                .start(loadMonth)
                .next(issueDocuments)
                .next(restoreDocuments)
                .next(writeReports)
                .build();
    }

    @Bean
    Step loadMonth(JobRepository jobs, PlatformTransactionManager tm, MonthLoad monthLoad,
                   DocumentRepository documents, OperationalTables tables, BillingProperties properties) {
        return new StepBuilder(LoadMonthTasklet.STEP, jobs)
                .tasklet(new LoadMonthTasklet(monthLoad, ownTransactions(tm), documents, tables,
                        properties.vatPolicy()), tm)
                .allowStartIfComplete(true) // a resume checks that the staged rows are still the input's
                .build();
    }

    @Bean
    Step issueDocuments(JobRepository jobs, PlatformTransactionManager tm, KeysetReader<StagedMonth> customerMonths,
                        IssuePipeline issuePipeline, StagingRepository staging, Progress progress,
                        BillingProperties properties) {
        return new StepBuilder("issue-documents", jobs)
                .<StagedMonth, RatedMonth>chunk(properties.chunkSize())
                .transactionManager(tm)
                .reader(customerMonths)
                .processor(issuePipeline::rate)
                .writer(chunk -> issuePipeline.issue(chunk.getItems()))
                .listener(new StepProgress<>(progress, "issue", "customers",
                        run -> staging.countCustomersToVisit(run.runId(), run.parameters().month())))
                .listener(lastFilesOf(issuePipeline))
                .build();
    }

    @Bean
    Step restoreDocuments(JobRepository jobs, PlatformTransactionManager tm, DocumentFiles documentFiles,
                          DocumentRepository documents) {
        return new StepBuilder("restore-documents", jobs)
                .tasklet(new RestoreDocumentsTasklet(documentFiles, documents), tm)
                .build();
    }

    @Bean
    Step writeReports(JobRepository jobs, PlatformTransactionManager tm, MonthReports reports,
                      StagingRepository staging) {
        return new StepBuilder("write-reports", jobs)
                .tasklet(new ReportsTasklet(reports, staging), tm)
                .build();
    }

    /** In ascending customer id, each customer with rows staged or with an invoice in force, with its month. */
    @Bean
    @StepScope
    KeysetReader<StagedMonth> customerMonths(StagingRepository staging, BillingProperties properties) {
        RunContext run = currentRun();
        return new KeysetReader<>("rate.last-customer", properties.chunkSize(), (after, limit) -> staging
                .nextCustomerMonths(run.runId(), run.parameters().month(), after, limit), StagedMonth::customerId);
    }

    @Bean
    IssuePipeline.Factory issuePipelines(Tariff tariff, BillingProperties properties, DocumentNumbers numbers,
                                         DocumentRepository documents, RejectRepository rejects,
                                         TicketAssessmentRepository assessments, StagingRepository staging,
                                         InvoicePdfRenderer renderer, EInvoicing eInvoicing, FaultInjection faults,
                                         AsyncTaskExecutor workers) {
        return new IssuePipeline.Factory(new InvoiceAssembler(tariff, properties.vatPolicy()), numbers, documents,
                rejects, assessments, staging, renderer, eInvoicing, faults, workers,
                properties.seller().paymentDays());
    }

    /** The issue step's pipeline, for the run of the step. */
    @Bean
    @StepScope
    IssuePipeline issuePipeline(IssuePipeline.Factory pipelines) {
        return pipelines.of(currentRun());
    }

    /** The files of the run's month, in its output folder, for the restore step. */
    @Bean
    @StepScope
    DocumentFiles documentFiles(IssuePipeline.Factory pipelines) {
        return pipelines.documentFiles(currentRun().parameters().monthOutput(), false);
    }

    /** A job that completed wrote a month: the embedded store is compacted when the process ends. */
    private static JobExecutionListener compactedAfterwards(EmbeddedStoreCompaction compaction) {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution jobExecution) {
                if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
                    compaction.afterWriting();
                }
            }
        };
    }

    /**
     * When the issue step ends, however it ends, waits for the files its last chunks are still writing, so that none
     * is written behind the next step's back. Files that failed are missing: the restore step renders them again.
     */
    private static StepExecutionListener lastFilesOf(IssuePipeline pipeline) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                try {
                    pipeline.finish();
                } catch (Exception e) {
                    log.warn("files of the last chunks not written (the restore step renders them again): "
                            + e.getMessage(), e);
                }
                return stepExecution.getExitStatus();
            }
        };
    }

    @Bean
    InvoicePdfRenderer invoicePdfRenderer(BillingProperties properties) {
        return new InvoicePdfRenderer(properties.seller());
    }

    @Bean
    EInvoicing eInvoicing(BillingProperties properties) {
        return EInvoicing.of(properties.seller());
    }

    /**
     * Rendering, the bulk of the work, runs on all cores: the issue step's one thread reads, rates, numbers and stores
     * the chunks in customer order and hands their files to these workers (rating is too cheap to be worth spreading,
     * and queued behind the files it would hold up that thread). Numbers and files are those of a single-threaded run.
     */
    @Bean
    ThreadPoolTaskExecutor workers(BillingProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setThreadNamePrefix("billing-worker-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    MonthComparison monthComparison(MonthLoad monthLoad, IssuePipeline.Factory pipelines,
                                    DocumentRepository documents, MonthReports reports, RejectRepository rejects,
                                    OperationalTables tables, BillingProperties properties,
                                    StagingRepository staging, TransactionTemplate transaction) {
        return new MonthComparison(monthLoad, pipelines.rating(), documents, reports, rejects, tables,
                properties.vatPolicy(), staging, transaction, properties.comparedInMemory());
    }

    @Bean
    MonthPreview monthPreview(TransactionTemplate transaction, MonthLoad monthLoad, MonthComparison comparison,
                              IssuePipeline.Factory pipelines, StagingRepository staging, DocumentRepository documents,
                              RejectRepository rejects, MonthReports reports, BillingProperties properties) {
        return new MonthPreview(transaction, monthLoad, comparison, pipelines, staging, documents, rejects, reports,
                properties.chunkSize());
    }

    @Bean
    MonthRestoration monthRestoration(DocumentRepository documents, MonthReports reports,
                                      IssuePipeline.Factory pipelines) {
        return new MonthRestoration(documents, reports, pipelines);
    }

    @Bean
    MonthLoad monthLoad(StagingRepository staging, OperationalTables tables, Tariff tariff, Progress progress,
                        FaultInjection faults) {
        return new MonthLoad(staging, tables, tariff, progress, faults);
    }

    @Bean
    MonthReports monthReports(DocumentRepository documents, RejectRepository rejects,
                              TicketAssessmentRepository assessments) {
        return new MonthReports(documents, rejects, assessments);
    }

    @Bean
    FaultInjection faultInjection(BillingProperties properties) {
        return new FaultInjection(properties.faultInjection());
    }

    @Bean
    Progress progress() {
        return new Progress(System.out, Duration.ofSeconds(5));
    }

    @Bean
    DocumentRepository documentRepository(JdbcTemplate jdbc) {
        return new DocumentRepository(jdbc);
    }

    @Bean
    StagingRepository stagingRepository(JdbcTemplate jdbc, DocumentRepository documents) {
        return new StagingRepository(jdbc, documents);
    }

    @Bean
    RejectRepository rejectRepository(JdbcTemplate jdbc) {
        return new RejectRepository(jdbc);
    }

    @Bean
    TicketAssessmentRepository ticketAssessmentRepository(JdbcTemplate jdbc) {
        return new TicketAssessmentRepository(jdbc);
    }

    @Bean
    OperationalTables operationalTables(DataSource dataSource, JdbcTemplate jdbc) {
        return new OperationalTables(dataSource, jdbc);
    }

    @Bean
    DocumentNumbers documentNumbers(JdbcTemplate jdbc) {
        return new DocumentNumbers(jdbc);
    }

    /** Each call in a transaction of its own, committed when it returns. */
    private static TransactionTemplate ownTransactions(PlatformTransactionManager tm) {
        TransactionTemplate template = new TransactionTemplate(tm);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /** The run of the step executing on this thread (step-scoped beans are made there). */
    private static RunContext currentRun() {
        return RunContext.of(StepSynchronizationManager.getContext().getStepExecution());
    }
}
