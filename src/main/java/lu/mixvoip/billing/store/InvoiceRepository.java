package lu.mixvoip.billing.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/** Issued invoices with their lines: written once, read back to render PDFs and the summary. */
public class InvoiceRepository {
    private final JdbcTemplate jdbc;

    public InvoiceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An invoice not cancelled by a credit note. */
    private static final String IN_FORCE = " NOT EXISTS (SELECT 1 FROM credit_note cn"
            + " WHERE cn.cancels = invoice.invoice_number)";

    public void save(long runId, int rebill, IssuedInvoice issued) {
        Invoice invoice = issued.invoice();
        Customer c = invoice.customer();
        jdbc.update("INSERT INTO invoice (invoice_number, billing_month, run_id, rebill, customer_id, customer_name,"
                        + " street, postal_code, city, country, vat_number, email, language, travel_zone, tier,"
                        + " issue_date, due_date, fees, labour, travel, total_excl_vat, vat_treatment, vat_rate, vat,"
                        + " total_incl_vat, interventions, billed_minutes)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                issued.number(), invoice.period().toString(), runId, rebill, c.id(), c.name(), c.street(), c.postalCode(),
                c.city(), c.country(), c.vatNumber(), c.email(), c.language().name(), c.travelZone(),
                invoice.tier().name(), Date.valueOf(issued.issueDate()), Date.valueOf(issued.dueDate()),
                invoice.fees(), invoice.labour(), invoice.travel(), invoice.totalExclVat(),
                invoice.vatTreatment().name(), invoice.vatRate(), invoice.vat(), invoice.totalInclVat(),
                invoice.interventions(), invoice.billedMinutes());
        List<Object[]> lines = new ArrayList<>();
        int position = 0;
        for (InvoiceLine l : invoice.lines()) {
            lines.add(new Object[] {issued.number(), ++position, l.kind().name(), Date.valueOf(l.date()),
                    l.reference(), l.ticket(), l.description(), name(l.tier()), name(l.mode()), name(l.skill()),
                    name(l.timeClass()), l.actualMinutes(), l.quantity(), l.basis(), l.unitRate(), l.amount()});
        }
        jdbc.batchUpdate("INSERT INTO invoice_line (invoice_number, position, kind, line_date, reference, ticket,"
                + " description, tier, mode, skill, time_class, actual_minutes, quantity, basis, unit_rate, amount)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines);
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
        return withLines("SELECT * FROM invoice WHERE invoice_number IN (" + placeholders(numbers.size())
                + ") ORDER BY invoice_number", numbers.toArray());
    }

    /** The customer's invoice in force for the month, with its lines. */
    public Optional<IssuedInvoice> inForce(YearMonth month, String customerId) {
        return withLines("SELECT * FROM invoice WHERE billing_month = ? AND customer_id = ? AND" + IN_FORCE,
                month.toString(), customerId).stream().findFirst();
    }

    /** In-force invoices of the month for customers in {@code [first, last]}, without lines, by customer id. */
    public Map<String, IssuedInvoice> inForceBetween(YearMonth month, String first, String last) {
        Map<String, IssuedInvoice> invoices = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM invoice WHERE billing_month = ? AND customer_id >= ? AND customer_id <= ? AND"
                + IN_FORCE, rs -> {
                    IssuedInvoice invoice = header(rs).with(List.of());
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
        List<String[]> notes = jdbc.query("SELECT credit_note_number, cancels, issue_date FROM credit_note"
                        + " WHERE credit_note_number IN (" + placeholders(numbers.size()) + ")"
                        + " ORDER BY credit_note_number",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate().toString()},
                numbers.toArray());
        return notes.stream().map(n -> new CreditNote(n[0], LocalDate.parse(n[2]),
                withLines("SELECT * FROM invoice WHERE invoice_number = ?", n[1]).get(0))).toList();
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

    private List<IssuedInvoice> withLines(String headerSql, Object... args) {
        Map<String, List<InvoiceLine>> lines = new LinkedHashMap<>();
        List<Map.Entry<String, IssuedInvoiceRow>> rows = new ArrayList<>();
        jdbc.query(headerSql, rs -> {
            rows.add(Map.entry(rs.getString("invoice_number"), header(rs)));
        }, args);
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.query("SELECT * FROM invoice_line WHERE invoice_number >= ? AND invoice_number <= ?"
                        + " ORDER BY invoice_number, position",
                rs -> {
                    lines.computeIfAbsent(rs.getString("invoice_number"), k -> new ArrayList<>()).add(line(rs));
                }, rows.get(0).getKey(), rows.get(rows.size() - 1).getKey());
        return rows.stream().map(e -> e.getValue().with(lines.getOrDefault(e.getKey(), List.of()))).toList();
    }

    public long countOfRun(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM invoice WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /** The month's invoices in force (no lines), in number order: the rows of summary.csv. */
    public List<IssuedInvoice> inForceHeaders(YearMonth month) {
        return jdbc.query("SELECT * FROM invoice WHERE billing_month = ? AND" + IN_FORCE + " ORDER BY invoice_number",
                (rs, n) -> header(rs).with(List.of()), month.toString());
    }

    /** An invoice read back without its lines yet. */
    private record IssuedInvoiceRow(String number, LocalDate issueDate, LocalDate dueDate, Customer customer,
                                    YearMonth period, Tier tier, BigDecimal fees, BigDecimal labour,
                                    BigDecimal travel, BigDecimal totalExclVat, VatTreatment treatment,
                                    BigDecimal vatRate, BigDecimal vat, BigDecimal totalInclVat, int interventions,
                                    long billedMinutes) {
        IssuedInvoice with(List<InvoiceLine> lines) {
            return new IssuedInvoice(number, issueDate, dueDate, new Invoice(customer, period, tier, lines, fees,
                    labour, travel, totalExclVat, treatment, vatRate, vat, totalInclVat, interventions,
                    billedMinutes));
        }
    }

    private static IssuedInvoiceRow header(ResultSet rs) throws SQLException {
        Customer customer = new Customer(rs.getString("customer_id"), rs.getString("customer_name"),
                rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("country"),
                rs.getString("vat_number"), rs.getString("email"), Language.valueOf(rs.getString("language")),
                rs.getString("travel_zone"));
        return new IssuedInvoiceRow(rs.getString("invoice_number"), rs.getDate("issue_date").toLocalDate(),
                rs.getDate("due_date").toLocalDate(), customer, YearMonth.parse(rs.getString("billing_month")),
                Tier.valueOf(rs.getString("tier")), rs.getBigDecimal("fees"), rs.getBigDecimal("labour"),
                rs.getBigDecimal("travel"), rs.getBigDecimal("total_excl_vat"),
                VatTreatment.valueOf(rs.getString("vat_treatment")), rs.getBigDecimal("vat_rate"),
                rs.getBigDecimal("vat"), rs.getBigDecimal("total_incl_vat"), rs.getInt("interventions"),
                rs.getLong("billed_minutes"));
    }

    private static InvoiceLine line(ResultSet rs) throws SQLException {
        return new InvoiceLine(LineKind.valueOf(rs.getString("kind")), rs.getDate("line_date").toLocalDate(),
                rs.getString("reference"), rs.getString("ticket"), rs.getString("description"),
                parse(Tier.class, rs.getString("tier")), parse(Mode.class, rs.getString("mode")),
                parse(Skill.class, rs.getString("skill")), parse(TimeClass.class, rs.getString("time_class")),
                (Long) rs.getObject("actual_minutes", Long.class), rs.getLong("quantity"),
                (Long) rs.getObject("basis", Long.class), rs.getBigDecimal("unit_rate"), rs.getBigDecimal("amount"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
