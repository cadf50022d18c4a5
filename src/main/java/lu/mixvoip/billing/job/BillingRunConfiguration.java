package lu.mixvoip.billing.job;

import javax.sql.DataSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lu.mixvoip.billing.BillingProperties;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.issue.MonthComparison;
import lu.mixvoip.billing.issue.MonthPreview;
import lu.mixvoip.billing.issue.MonthRestoration;
import lu.mixvoip.billing.store.DocumentNumbers;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.TicketAssessmentRepository;

/** The billing command's run: what decides, launches the monthly job, and reports its end. */
@Configuration
public class BillingRunConfiguration {
    @Bean
    BillingRun billingRun(JobOperator jobOperator, Job monthlyBillingJob, JobRepository jobRepository,
                          DocumentRepository documents, DocumentNumbers numbers, RejectRepository rejects,
                          TicketAssessmentRepository assessments, MonthComparison comparison, MonthPreview preview,
                          MonthRestoration restoration, EInvoicing eInvoicing, DataSource dataSource,
                          BillingProperties properties) {
        return new BillingRun(jobOperator, monthlyBillingJob, jobRepository, documents, numbers, rejects, assessments,
                comparison, preview, restoration, eInvoicing, dataSource, properties);
    }
}
