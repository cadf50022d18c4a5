package lu.mixvoip.billing.delivery;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import lu.mixvoip.billing.BillingProperties;
import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.job.FaultInjection;
import lu.mixvoip.billing.job.Progress;

/**
 * The delivery's parts. Spring Boot creates the mail sender only when {@code spring.mail.host} is set; without it,
 * messages go to the month's outbox folder.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    DeliveryRun deliveryRun(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                            ObjectProvider<JavaMailSenderImpl> mailSender, Progress progress, FaultInjection faults,
                            DataSource dataSource, BillingProperties properties) {
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        return new DeliveryRun(new DeliveryRecords(jdbc, new TransactionTemplate(transactionManager)),
                new InvoiceMessages(properties.seller()), sender == null ? null : () -> new SmtpTransport(sender),
                progress, faults, dataSource, Clock.system(LuxembourgCalendar.ZONE), properties.logFile());
    }
}
