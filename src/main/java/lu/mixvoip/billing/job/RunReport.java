package lu.mixvoip.billing.job;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The few lines a run ends with, for the operator and the cron log. */
public record RunReport(String headline, long invoices, BigDecimal totalExclVat, BigDecimal totalInclVat,
                        long interventionsBilled, long interventionsSkipped, long rowsRejected,
                        List<Path> outputs, Duration took) {

    public void print(PrintStream out) {
        out.println(headline);
        out.printf(Locale.ROOT, "  invoices        %,d%n", invoices);
        out.printf(Locale.ROOT, "  total           %s EUR excl. VAT, %s EUR incl. VAT%n",
                totalExclVat.toPlainString(), totalInclVat.toPlainString());
        out.printf(Locale.ROOT, "  interventions   %,d billed, %,d skipped (outside the month)%n",
                interventionsBilled, interventionsSkipped);
        out.printf(Locale.ROOT, "  rejected rows   %,d%s%n", rowsRejected, rowsRejected > 0 ? " (see rejects.csv)" : "");
        for (Path output : outputs) {
            out.println("  output          " + output);
        }
        out.printf(Locale.ROOT, "  took            %s%n", Progress.clock(took.toMillis() / 1000.0));
    }
}
