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
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.run.Progress;

/**
 * The delivery's parts. Spring Boot creates the mail sender only when {@code spring.mail.host} is set; without it,
 * messages go to the month's outbox folder.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    @Bean
    DeliveryRun deliveryRun(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                            ObjectProvider<JavaMailSenderImpl> mailSender, Progress progress, FaultInjection faults,
                            DataSource dataSource, BillingProperties properties) {
        // Jakarta Mail looks its stream encoders up for every part it writes: by name, not by a ServiceLoader scan of
        // every jar on the class path each time (most of a message's cost otherwise).
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        return new DeliveryRun(new DeliveryRecords(jdbc, new TransactionTemplate(transactionManager)),
                new InvoiceMessages(properties.seller()), sender == null ? null : () -> new SmtpTransport(sender),
                progress, faults, dataSource, Clock.system(LuxembourgCalendar.ZONE), properties.logFile());
    }
}
