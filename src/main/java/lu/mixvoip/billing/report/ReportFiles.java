package lu.mixvoip.billing.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.servicelevel.TicketAssessment;

/** The CSV reports of a month (billing-rules §12, §15): summary.csv, rejects.csv, adjustments.csv and sla.csv. */
public final class ReportFiles {
    public static final List<String> SUMMARY_HEADER = List.of("invoice_number", "customer_id", "customer_name",
            "country", "tier", "fees", "labour", "travel", "total_excl_vat", "vat_rate", "vat", "total_incl_vat",
            "interventions", "billed_minutes");
    public static final List<String> REJECTS_HEADER = List.of("file", "line", "record_id", "reason");
    public static final List<String> ADJUSTMENTS_HEADER = List.of("document_number", "type", "customer_id",
            "cancels", "total_excl_vat", "vat", "total_incl_vat", "rebill_run", "issued_on");

    /** One line of rejects.csv: a refused row's file (or table), the line it starts on, its id and why. */
    public record RejectLine(String file, Long line, String recordId, String reason) {
    }

    /** One line of adjustments.csv: a document a re-bill issued. */
    public record AdjustmentLine(String number, String type, String customerId, String cancels,
                                 BigDecimal totalExclVat, BigDecimal vat, BigDecimal totalInclVat, int rebill,
                                 LocalDate issuedOn) {
    }

    /** Rows handed over one at a time, so that a month's rows need not all be in memory at once. */
    public interface Rows<T> {
        void forEach(Consumer<? super T> row);
    }

    private ReportFiles() {
    }

    /** summary.csv: the invoices in force, in invoice-number order. */
    public static byte[] summary(Rows<IssuedInvoice> invoices) {
        CsvText csv = new CsvText().row(SUMMARY_HEADER);
        invoices.forEach(issued -> {
            Invoice i = issued.invoice();
            csv.row(List.of(CsvText.text(issued.number()), CsvText.text(i.customer().id()),
                    CsvText.text(i.customer().name()), CsvText.text(i.customer().country()),
                    CsvText.text(i.tier().name()), plain(i.fees()), plain(i.labour()), plain(i.travel()),
                    plain(i.totalExclVat()), plain(i.vatRate()), plain(i.vat()), plain(i.totalInclVat()),
                    Integer.toString(i.interventions()), Long.toString(i.billedMinutes())));
        });
        return csv.bytes();
    }

    /** rejects.csv: every refused row, in file then line order (header only when none). */
    public static byte[] rejects(Rows<RejectLine> rejects) {
        CsvText csv = new CsvText().row(REJECTS_HEADER);
        rejects.forEach(r -> csv.row(List.of(CsvText.text(r.file()), r.line() == null ? "" : r.line().toString(),
                CsvText.text(r.recordId()), CsvText.text(r.reason()))));
        return csv.bytes();
    }

    /** adjustments.csv: the documents re-bills issued, in the order they were issued. */
    public static byte[] adjustments(List<AdjustmentLine> adjustments) {
        CsvText csv = new CsvText().row(ADJUSTMENTS_HEADER);
        for (AdjustmentLine a : adjustments) {
            csv.row(List.of(CsvText.text(a.number()), a.type(), CsvText.text(a.customerId()),
                    a.cancels() == null ? "" : CsvText.text(a.cancels()), plain(a.totalExclVat()), plain(a.vat()),
                    plain(a.totalInclVat()), Integer.toString(a.rebill()), a.issuedOn().toString()));
        }
        return csv.bytes();
    }

    /** sla.csv: the assessed tickets, by customer, report time and ticket (header only without tickets). */
    public static byte[] serviceLevels(Rows<TicketAssessment> assessed) {
        CsvText csv = new CsvText().row(TicketAssessment.SLA_COLUMNS);
        assessed.forEach(a -> csv.row(a.slaCells().stream().map(CsvText::text).toList()));
        return csv.bytes();
    }

    public static void writeRejects(Path file, Rows<RejectLine> rejects) {
        AtomicFiles.write(file, rejects(rejects));
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
