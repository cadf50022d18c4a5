package lu.mixvoip.billing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.SupportBillingApplication;

import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.input.TariffFileReader;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.staging.StagingRepository;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;

/**
 * The job's steps, each run on its own against one application context (started once for all these tests, with an
 * in-memory store): the load stages the month and refuses the bad rows; the whole job issues the month; the restore
 * step renders only the files that are missing, byte for byte; the reports step rewrites the month's reports from
 * the store.
 */
@SpringBootTest(classes = {SupportBillingApplication.class, BillingStepsIT.RunTariff.class}, properties = {
        "spring.datasource.url=jdbc:h2:mem:billing-steps;DB_CLOSE_DELAY=-1",
        "billing.data-dir=target/billing-steps-it"})
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingStepsIT {
    private static final Path CASE = Fixtures.acceptanceCase("basic-2026-10");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /** What the command line hands the context: the tariff, read once. */
    @TestConfiguration
    static class RunTariff {
        @Bean
        Tariff tariff() {
            return TariffFileReader.readBundled();
        }
    }

    @Autowired
    JobOperatorTestUtils steps;
    @Autowired
    StagingRepository staging;
    @Autowired
    RejectRepository rejects;
    @Autowired
    DocumentRepository documents;

    Path output;
    JobExecution billed;

    @BeforeAll
    void billTheMonthOnce() throws Exception {
        output = Files.createTempDirectory("billing-steps");
        billed = steps.startJob(parameters(0));
        assertThat(billed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void theJobIssuesTheMonthInCustomerOrderAndWritesItsReports() throws IOException {
        assertThat(documents.inForceTotals(OCTOBER).invoices()).isEqualTo(8);
        assertThat(documents.addresseesOfMonth(OCTOBER, DocumentRepository.INVOICE, "", 100))
                .extracting(DocumentRepository.Addressee::number).containsExactly(
                "INV-2026-000001", "INV-2026-000002", "INV-2026-000003", "INV-2026-000004", "INV-2026-000005",
                "INV-2026-000006", "INV-2026-000007", "INV-2026-000008");
        assertThat(month().resolve("summary.csv")).hasSameTextualContentAs(CASE.resolve("expected-summary.csv"));
        assertThat(billed.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("load-month",
                "issue-documents", "restore-documents", "write-reports");
        assertThat(staging.countCustomersWithRows(billed.getJobInstanceId())).as("dropped once billed").isZero();
    }

    @Test
    void theLoadStagesTheMonthAndRefusesItsBadRows() {
        JobExecution load = steps.startStep("load-month", parameters(100), new ExecutionContext());

        assertThat(load.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long runId = load.getJobInstanceId();
        assertThat(staging.countCustomersWithRows(runId)).as("C009: its only contract refused").isEqualTo(8);
        // The 9 bad rows of the case but I013: its travel zone is a billing rule, checked while rating.
        assertThat(rejects.count(runId)).isEqualTo(8);
        assertThat(load.getStepExecutions().iterator().next().getExecutionContext()
                .getLong(LoadMonthTasklet.SKIPPED)).isEqualTo(2);
    }

    @Test
    void theRestoreStepRendersOnlyTheFilesThatAreMissing() throws IOException {
        Map<String, String> before = Fixtures.hashes(month().resolve("invoices"));
        Files.delete(month().resolve("invoices/INV-2026-000002.pdf"));
        Files.delete(month().resolve("invoices/INV-2026-000005.pdf"));

        JobExecution restore = steps.startStep("restore-documents", parameters(101), new ExecutionContext());

        assertThat(restore.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restore.getStepExecutions().iterator().next().getExecutionContext()
                .getInt(RestoreDocumentsTasklet.RESTORED)).isEqualTo(2);
        assertThat(Fixtures.hashes(month().resolve("invoices"))).isEqualTo(before);
    }

    @Test
    void theReportsStepRewritesTheMonthsSummaryFromTheStore() throws IOException {
        Files.writeString(month().resolve("summary.csv"), "tampered\n");

        JobExecution reports = steps.startStep("write-reports", parameters(102), new ExecutionContext());

        assertThat(reports.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(month().resolve("summary.csv")).hasSameTextualContentAs(CASE.resolve("expected-summary.csv"));
    }

    /** A run of October from the case; {@code rebill} tells the job instances of these tests apart. */
    private JobParameters parameters(int rebill) {
        return new BillingParameters(OCTOBER, rebill, BillingParameters.Source.CSV, CASE, output, "",
                LocalDate.of(2026, 11, 1)).toJobParameters();
    }

    private Path month() {
        return output.resolve("2026-10");
    }
}
