package lu.mixvoip.billing.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.store.InvoiceRepository;
import lu.mixvoip.billing.store.RejectRepository.RejectedRow;

/** summary.csv and rejects.csv of a month (billing-rules §12). */
public final class MonthSummary {
    public static final List<String> SUMMARY_HEADER = List.of("invoice_number", "customer_id", "customer_name",
            "country", "tier", "fees", "labour", "travel", "total_excl_vat", "vat_rate", "vat", "total_incl_vat",
            "interventions", "billed_minutes");
    public static final List<String> REJECTS_HEADER = List.of("file", "line", "record_id", "reason");
    public static final List<String> ADJUSTMENTS_HEADER = List.of("document_number", "type", "customer_id",
            "cancels", "total_excl_vat", "vat", "total_incl_vat", "rebill_run", "issued_on");

    private MonthSummary() {
    }

    /** Rows handed over one at a time, so that a month's rows need not all be in memory at once. */
    public interface Rows<T> {
        void forEach(Consumer<? super T> row);
    }

    /** Writes summary.csv from the invoices in force, in invoice-number order. */
    public static void writeSummary(Path file, Rows<IssuedInvoice> invoices) {
        CsvText csv = new CsvText().row(SUMMARY_HEADER);
        invoices.forEach(issued -> {
            Invoice i = issued.invoice();
            csv.row(List.of(CsvText.text(issued.number()), CsvText.text(i.customer().id()),
                    CsvText.text(i.customer().name()), CsvText.text(i.customer().country()),
                    CsvText.text(i.tier().name()), plain(i.fees()), plain(i.labour()), plain(i.travel()),
                    plain(i.totalExclVat()), plain(i.vatRate()), plain(i.vat()), plain(i.totalInclVat()),
                    Integer.toString(i.interventions()), Long.toString(i.billedMinutes())));
        });
        AtomicFiles.write(file, csv.bytes());
    }

    public static void writeRejects(Path file, Rows<RejectedRow> rejects) {
        CsvText csv = new CsvText().row(REJECTS_HEADER);
        rejects.forEach(r -> csv.row(List.of(CsvText.text(r.file()), r.line() == null ? "" : r.line().toString(),
                CsvText.text(r.recordId()), CsvText.text(r.reason()))));
        AtomicFiles.write(file, csv.bytes());
    }

    public static void writeAdjustments(Path file, List<InvoiceRepository.Adjustment> adjustments) {
        CsvText csv = new CsvText().row(ADJUSTMENTS_HEADER);
        for (InvoiceRepository.Adjustment a : adjustments) {
            csv.row(List.of(CsvText.text(a.number()), a.type(), CsvText.text(a.customerId()),
                    a.cancels() == null ? "" : CsvText.text(a.cancels()), plain(a.totalExclVat()), plain(a.vat()),
                    plain(a.totalInclVat()), Integer.toString(a.rebill()), a.issuedOn().toString()));
        }
        AtomicFiles.write(file, csv.bytes());
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
