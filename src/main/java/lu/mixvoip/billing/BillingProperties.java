package lu.mixvoip.billing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Seller;
import lu.mixvoip.billing.core.invoice.VatPolicy;

/**
 * Every {@code billing.*} setting (application.yml, the command line, the environment), checked when the application
 * starts: a bad value stops it with a message naming the key.
 *
 * @param dataDir        where the embedded store, the run lock and the log file live
 * @param threads        workers that render the files; 0: one per processor
 * @param chunkSize      customers rated, numbered and stored in one transaction: a crash redoes at most one chunk
 * @param faultInjection {@code POINT:N[:hold]}, for drills and tests (see the job's FaultInjection)
 * @param comparedInMemory the share of the heap a billed month's rows may take when a re-run compares it in memory;
 *                       a larger month is staged in the store to be compared (0: always staged)
 */
@ConfigurationProperties("billing")
public record BillingProperties(Path dataDir, int threads, int chunkSize, String faultInjection, Seller seller,
                                Vat vat, double comparedInMemory) {

    public BillingProperties {
        if (dataDir == null) {
            throw new IllegalArgumentException("billing.data-dir is not set");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("billing.threads must be 1 or more (0: one per processor), got "
                    + threads);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("billing.chunk-size must be 1 or more, got " + chunkSize);
        }
        if (comparedInMemory < 0 || comparedInMemory > 0.8) {
            throw new IllegalArgumentException("billing.compared-in-memory must be a share of the heap from 0 to 0.8,"
                    + " got " + comparedInMemory);
        }
        threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        faultInjection = faultInjection == null ? "" : faultInjection;
        if (seller == null) {
            throw new IllegalArgumentException("billing.seller is not set");
        }
        // Blank values are refused by the commands that issue documents (see Seller.problemsForIssuing); a value
        // that is given must be valid for every command.
        seller.problemsOfGivenValues().entrySet().stream().findFirst().ifPresent(problem -> {
            throw new IllegalArgumentException("billing.seller." + problem.getKey() + ": " + problem.getValue());
        });
        if (!blank(seller.peppolId())) {
            ElectronicAddress.parse(seller.peppolId()); // says what is wrong with it
        }
        if (vat == null || vat.standardRate() == null || vat.standardRate().signum() < 0
                || vat.standardRate().compareTo(BigDecimal.valueOf(100)) > 0 || vat.euCountries() == null
                || vat.euCountries().isEmpty()) {
            throw new IllegalArgumentException("billing.vat needs a standard-rate from 0 to 100 and the eu-countries");
        }
    }

    /** The standard rate charged at home and to EU customers without a VAT number, and the EU member states. */
    public record Vat(BigDecimal standardRate, Set<String> euCountries) {
    }

    public VatPolicy vatPolicy() {
        return new VatPolicy(seller.country().toUpperCase(Locale.ROOT), vat.standardRate(),
                vat.euCountries().stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    /** Warnings and stack traces go here; the console shows progress and the report only. */
    public Path logFile() {
        return dataDir.resolve("billing.log");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
