package lu.mixvoip.billing.run;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import lu.mixvoip.billing.store.TicketAssessmentRepository;

/**
 * The few lines a run ends with, for the operator and the cron log. {@code notes}: what the operator should look
 * at although the run billed it (a customer's VAT number that fails its check digits, ...).
 */
public record RunReport(String headline, long invoices, BigDecimal totalExclVat, BigDecimal totalInclVat,
                        long interventionsBilled, long interventionsSkipped, long rowsRejected,
                        TicketAssessmentRepository.Counts tickets, String eInvoices, int filesRestored,
                        List<Path> outputs, Duration took, List<String> unprintable, List<String> notes) {

    public void print(PrintStream out) {
        out.println(headline);
        out.printf(Locale.ROOT, "  invoices        %,d%n", invoices);
        out.printf(Locale.ROOT, "  total           %s EUR excl. VAT, %s EUR incl. VAT%n",
                totalExclVat.toPlainString(), totalInclVat.toPlainString());
        out.printf(Locale.ROOT, "  interventions   %,d billed, %,d skipped (outside the month)%n",
                interventionsBilled, interventionsSkipped);
        out.printf(Locale.ROOT, "  rejected rows   %,d%s%n", rowsRejected, rowsRejected > 0 ? " (see rejects.csv)" : "");
        out.println("  " + ticketLine(tickets));
        out.println("  e-invoices      " + eInvoices);
        if (!unprintable.isEmpty()) {
            out.println("  unprintable     " + String.join(", ", unprintable) + ": characters the invoice font cannot"
                    + " print, shown as '?' on the PDF (the e-invoice has them as given)");
        }
        if (filesRestored > 0) {
            out.printf(Locale.ROOT, "  restored        %,d missing files from the store%n", filesRestored);
        }
        for (String note : notes) {
            out.println("  note            " + note);
        }
        for (Path output : outputs) {
            out.println("  output          " + output);
        }
        if (!outputs.isEmpty()) { // OUTPUT/YYYY-MM/summary.csv: the pack goes to OUTPUT/finance/
            out.println("  finance pack    " + outputs.get(0).getParent().getParent().resolve("finance/<period>")
                    + ": scripts/bill finance --period=<month of issue YYYY-MM, or quarter YYYY-Qn>");
        }
        out.printf(Locale.ROOT, "  took            %s%n", Progress.clock(took.toMillis() / 1000.0));
    }

    /** "tickets         6 assessed: response 4 met, 2 breached, 0 pending; intervention ..." */
    static String ticketLine(TicketAssessmentRepository.Counts t) {
        return String.format(Locale.ROOT, "tickets         %,d assessed: response %,d met, %,d breached, %,d pending;"
                        + " intervention %,d met, %,d breached, %,d pending%s", t.assessed(), t.responseMet(),
                t.responseBreached(), t.responsePending(), t.interventionMet(), t.interventionBreached(),
                t.interventionPending(), t.notAssessed() > 0 ? String.format(Locale.ROOT,
                        " (%,d not assessed: no contract with service levels)", t.notAssessed()) : "");
    }
}
