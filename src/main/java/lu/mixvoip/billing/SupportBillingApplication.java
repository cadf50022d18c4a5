package lu.mixvoip.billing;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import lu.mixvoip.billing.cli.BillingCommand;
import lu.mixvoip.billing.finance.AccountingProperties;

/** Entry point: {@code java -jar support-billing.jar --month=2026-10}. */
@SpringBootApplication
@EnableConfigurationProperties({BillingProperties.class, AccountingProperties.class})
public class SupportBillingApplication {

    public static void main(String[] args) {
        System.exit(new BillingCommand(System.out, System.err, Clock.systemUTC()).run(args));
    }
}
