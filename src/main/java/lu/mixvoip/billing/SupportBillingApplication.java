package lu.mixvoip.billing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SupportBillingApplication {
    public static void main(String[] args) {
    }
}
