package lu.mixvoip.billing.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * Issued invoices with their lines: written once, read back to render PDFs and the summary. An invoice is one row of
 * {@code invoice}, its lines packed into one value of {@code invoice_lines} ({@link InvoiceLinesText}), apart so that
 * reading headers does not read lines.
 */
public class InvoiceRepository {
    private final JdbcTemplate jdbc;

    public InvoiceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What an invoice row holds besides its lines. */
    private static final String HEADER = "invoice_number, billing_month, run_id, rebill, customer_id, customer_name,"
            + " street, postal_code, city, country, vat_number, email, language, travel_zone, tier, issue_date,"
            + " due_date, fees, labour, travel, total_excl_vat, vat_treatment, vat_rate, vat, total_incl_vat,"
            + " interventions, billed_minutes";
    /** An invoice not cancelled by a credit note. */
    private static final String IN_FORCE = " NOT EXISTS (SELECT 1 FROM credit_note cn"
            + " WHERE cn.cancels = invoice.invoice_number)";

    public void save(long runId, int rebill, IssuedInvoice issued) {
        Invoice invoice = issued.invoice();
        Customer c = invoice.customer();
        jdbc.update("INSERT INTO invoice (" + HEADER + ") VALUES (" + placeholders(HEADER.split(",").length) + ")",
                issued.number(), invoice.period().toString(), runId, rebill, c.id(), c.name(), c.street(), c.postalCode(),
                c.city(), c.country(), c.vatNumber(), c.email(), c.language().name(), c.travelZone(),
                invoice.tier().name(), Date.valueOf(issued.issueDate()), Date.valueOf(issued.dueDate()),
                invoice.fees(), invoice.labour(), invoice.travel(), invoice.totalExclVat(),
                invoice.vatTreatment().name(), invoice.vatRate(), invoice.vat(), invoice.totalInclVat(),
                invoice.interventions(), invoice.billedMinutes());
        jdbc.update("INSERT INTO invoice_lines (invoice_number, lines) VALUES (?, ?)", issued.number(),
                InvoiceLinesText.pack(invoice.lines()));
    }

    /** Numbers of a run's invoices after {@code afterNumber}, in number order. */
    public List<String> numbersOfRun(long runId, String afterNumber, int limit) {
        return jdbc.queryForList("SELECT invoice_number FROM invoice WHERE run_id = ? AND invoice_number > ?"
                + " ORDER BY invoice_number LIMIT ?", String.class, runId, afterNumber, limit);
    }

    /** The invoices with these numbers, with their lines, in number order. */
    public List<IssuedInvoice> withNumbers(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return withLines("invoice_number IN (" + placeholders(numbers.size()) + ") ORDER BY invoice_number",
                numbers.toArray());
    }

    /** The customer's invoice in force for the month, with its lines. */
    public Optional<IssuedInvoice> inForce(YearMonth month, String customerId) {
        return withLines("billing_month = ? AND customer_id = ? AND" + IN_FORCE, month.toString(), customerId)
                .stream().findFirst();
    }

    /** Customers after {@code afterCustomerId} (ascending, at most {@code limit}) with an invoice in force. */
    public List<String> inForceCustomersAfter(YearMonth month, String afterCustomerId, int limit) {
        return jdbc.queryForList("SELECT customer_id FROM invoice WHERE billing_month = ? AND customer_id > ? AND"
                + IN_FORCE + " ORDER BY customer_id LIMIT ?", String.class, month.toString(), afterCustomerId, limit);
    }

    /** In-force invoices of the month for customers in {@code [first, last]}, without lines, by customer id. */
    public Map<String, IssuedInvoice> inForceBetween(YearMonth month, String first, String last) {
        Map<String, IssuedInvoice> invoices = new LinkedHashMap<>();
        jdbc.query("SELECT " + HEADER + " FROM invoice WHERE billing_month = ? AND customer_id >= ?"
                + " AND customer_id <= ? AND" + IN_FORCE, rs -> {
                    IssuedInvoice invoice = invoice(rs, List.of());
                    invoices.put(invoice.invoice().customer().id(), invoice);
                }, month.toString(), first, last);
        return invoices;
    }

    public void saveCreditNote(long runId, int rebill, CreditNote note) {
        jdbc.update("INSERT INTO credit_note (credit_note_number, billing_month, run_id, rebill, customer_id,"
                        + " cancels, issue_date) VALUES (?, ?, ?, ?, ?, ?, ?)", note.number(),
                note.cancelled().invoice().period().toString(), runId, rebill,
                note.cancelled().invoice().customer().id(), note.cancelled().number(), Date.valueOf(note.issueDate()));
    }

    /** Numbers of a run's credit notes after {@code afterNumber}, in number order. */
    public List<String> creditNoteNumbersOfRun(long runId, String afterNumber, int limit) {
        return jdbc.queryForList("SELECT credit_note_number FROM credit_note WHERE run_id = ?"
                + " AND credit_note_number > ? ORDER BY credit_note_number LIMIT ?", String.class, runId, afterNumber,
                limit);
    }

    /** The credit notes with these numbers, in number order, each with the invoice it cancels. */
    public List<CreditNote> creditNotes(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT cn.credit_note_number, cn.issue_date AS credited_on, invoice.*, il.lines"
                        + " FROM credit_note cn JOIN invoice ON invoice.invoice_number = cn.cancels"
                        + " JOIN invoice_lines il ON il.invoice_number = cn.cancels"
                        + " WHERE cn.credit_note_number IN (" + placeholders(numbers.size()) + ")"
                        + " ORDER BY cn.credit_note_number",
                (rs, n) -> new CreditNote(rs.getString("credit_note_number"),
                        rs.getDate("credited_on").toLocalDate(), invoiceWithLines(rs)), numbers.toArray());
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    public long countCreditNotesOfRun(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM credit_note WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /** A document issued by a re-bill: one row of adjustments.csv. */
    public record Adjustment(String number, String type, String customerId, String cancels, BigDecimal totalExclVat,
                             BigDecimal vat, BigDecimal totalInclVat, int rebill, LocalDate issuedOn) {
    }

    /** Every document the re-bills of a month issued, in the order they were issued. */
    public List<Adjustment> adjustments(YearMonth month) {
        return jdbc.query("SELECT * FROM (SELECT cn.credit_note_number AS number, 'CREDIT_NOTE' AS type,"
                        + " cn.customer_id, cn.cancels, -i.total_excl_vat AS total_excl_vat, -i.vat AS vat,"
                        + " -i.total_incl_vat AS total_incl_vat, cn.rebill, cn.issue_date, 0 AS kind_order"
                        + " FROM credit_note cn JOIN invoice i ON i.invoice_number = cn.cancels"
                        + " WHERE cn.billing_month = ?"
                        + " UNION ALL SELECT invoice_number, 'INVOICE', customer_id, NULL, total_excl_vat, vat,"
                        + " total_incl_vat, rebill, issue_date, 1 FROM invoice WHERE billing_month = ? AND rebill > 0"
                        + ") documents ORDER BY rebill, customer_id, kind_order",
                (rs, n) -> new Adjustment(rs.getString("number"), rs.getString("type"), rs.getString("customer_id"),
                        rs.getString("cancels"), rs.getBigDecimal("total_excl_vat"), rs.getBigDecimal("vat"),
                        rs.getBigDecimal("total_incl_vat"), rs.getInt("rebill"),
                        rs.getDate("issue_date").toLocalDate()), month.toString(), month.toString());
    }

    /** The invoices, with their lines, of the rows that {@code where} (and its ORDER BY) selects. */
    private List<IssuedInvoice> withLines(String where, Object... args) {
        return jdbc.query("SELECT " + HEADER + ", (SELECT lines FROM invoice_lines il"
                + " WHERE il.invoice_number = invoice.invoice_number) AS lines FROM invoice WHERE " + where,
                (rs, n) -> invoiceWithLines(rs), args);
    }

    private static IssuedInvoice invoiceWithLines(ResultSet rs) throws SQLException {
        return invoice(rs, InvoiceLinesText.unpack(rs.getString("lines")));
    }

    public long countOfRun(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM invoice WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /** The month's invoices in force (no lines), in number order, one at a time: the rows of summary.csv. */
    public void inForceHeaders(YearMonth month, Consumer<? super IssuedInvoice> each) {
        jdbc.query("SELECT " + HEADER + " FROM invoice WHERE billing_month = ? AND" + IN_FORCE
                + " ORDER BY invoice_number", rs -> {
                    each.accept(invoice(rs, List.of()));
                }, month.toString());
    }

    /** How many invoices are in force for a month, and their totals: the figures of the run report. */
    public record InForceTotals(long invoices, BigDecimal totalExclVat, BigDecimal totalInclVat, long interventions) {
    }

    public InForceTotals inForceTotals(YearMonth month) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(total_excl_vat), 0),"
                + " COALESCE(SUM(total_incl_vat), 0), COALESCE(SUM(interventions), 0)"
                + " FROM invoice WHERE billing_month = ? AND" + IN_FORCE,
                (rs, n) -> new InForceTotals(rs.getLong(1), rs.getBigDecimal(2).setScale(2),
                        rs.getBigDecimal(3).setScale(2), rs.getLong(4)), month.toString());
    }

    private static IssuedInvoice invoice(ResultSet rs, List<InvoiceLine> lines) throws SQLException {
        Customer customer = new Customer(rs.getString("customer_id"), rs.getString("customer_name"),
                rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("country"),
                rs.getString("vat_number"), rs.getString("email"), Language.valueOf(rs.getString("language")),
                rs.getString("travel_zone"));
        return new IssuedInvoice(rs.getString("invoice_number"), rs.getDate("issue_date").toLocalDate(),
                rs.getDate("due_date").toLocalDate(), new Invoice(customer,
                YearMonth.parse(rs.getString("billing_month")), Tier.valueOf(rs.getString("tier")), lines,
                rs.getBigDecimal("fees"), rs.getBigDecimal("labour"), rs.getBigDecimal("travel"),
                rs.getBigDecimal("total_excl_vat"), VatTreatment.valueOf(rs.getString("vat_treatment")),
                rs.getBigDecimal("vat_rate"), rs.getBigDecimal("vat"), rs.getBigDecimal("total_incl_vat"),
                rs.getInt("interventions"), rs.getLong("billed_minutes")));
    }
}
