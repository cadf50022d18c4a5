package lu.mixvoip.billing.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.ContentDigest;
import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.ElectronicAddress;
import lu.mixvoip.billing.core.invoice.Invoice;
import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.invoice.VatTreatment;
import lu.mixvoip.billing.core.servicelevel.FaultHandlingDays;
import lu.mixvoip.billing.core.servicelevel.ServiceLevel;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * Issued documents, the system of record: a {@code document} row per invoice or credit note (number, dates, the
 * customer as printed, totals, VAT) and a {@code document_line} row per printed line. Written once, never changed;
 * read back to render files, write the month's reports and reconcile a re-bill.
 */
public class DocumentRepository {
    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";

    /** The header's columns, in the order {@link #headerValues} gives them. */
    private static final String HEADER = "document_number, document_type, billing_month, customer_id, issue_date,"
            + " due_date, cancels, rebill, run_id, customer_name, street, postal_code, city, country, vat_number,"
            + " email, language, travel_zone, peppol_id, tier, fees, labour, travel, total_excl_vat, vat_treatment, vat_rate,"
            + " vat_mention, vat, total_incl_vat, interventions, billed_minutes, fault_handling_days,"
            + " fault_handling_from, fault_handling_to, max_response_hours, max_intervention_hours, content_sha256";
    private static final String LINE = "document_number, position, kind, line_date, contract_id, intervention_id,"
            + " ticket, description, tier, mode, skill, time_class, actual_minutes, billed_minutes, active_days,"
            + " days_in_month, travel_zone, included, unit_rate, amount";
    /** The columns of the customer as printed. */
    private static final String CUSTOMER = "customer_id, customer_name, street, postal_code, city, country,"
            + " vat_number, email, language, travel_zone, peppol_id";
    /** An invoice that no credit note cancels. */
    private static final String IN_FORCE = " d.document_type = 'INVOICE' AND NOT EXISTS (SELECT 1 FROM document c"
            + " WHERE c.cancels = d.document_number)";

    private final JdbcTemplate jdbc;

    public DocumentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a chunk's documents: credit notes first (their lines negated), then the new invoices. */
    public void save(long runId, int rebill, List<CreditNote> creditNotes, List<IssuedInvoice> invoices) {
        List<Object[]> headers = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (CreditNote note : creditNotes) {
            Invoice content = note.negated();
            headers.add(headerValues(note.number(), CREDIT_NOTE, note.issueDate(), null, note.cancelled().number(),
                    rebill, runId, content));
            addLines(lines, note.number(), content);
        }
        for (IssuedInvoice invoice : invoices) {
            headers.add(headerValues(invoice.number(), INVOICE, invoice.issueDate(), invoice.dueDate(), null, rebill,
                    runId, invoice.invoice()));
            addLines(lines, invoice.number(), invoice.invoice());
        }
        jdbc.batchUpdate("INSERT INTO document (" + HEADER + ") VALUES (" + placeholders(HEADER) + ")", headers);
        jdbc.batchUpdate("INSERT INTO document_line (" + LINE + ") VALUES (" + placeholders(LINE) + ")", lines);
    }

    /** The invoices in force for the month of the customers in {@code [first, last]}, with their lines. */
    public Map<String, IssuedInvoice> inForce(YearMonth month, String first, String last) {
        List<IssuedInvoice> invoices = withLines(jdbc.query("SELECT * FROM document d WHERE d.billing_month = ?"
                + " AND d.customer_id >= ? AND d.customer_id <= ? AND" + IN_FORCE, (rs, n) -> header(rs),
                month.toString(), first, last));
        Map<String, IssuedInvoice> byCustomer = new HashMap<>();
        invoices.forEach(i -> byCustomer.put(i.invoice().customer().id(), i));
        return byCustomer;
    }

    /** A customer's invoice in force for a month, without its lines: its number, total and content digest (or null). */
    public record InForceDigest(String customerId, String number, BigDecimal totalInclVat, String contentSha256) {
    }

    /** The month's invoices in force, by customer id, ascending. */
    public Map<String, InForceDigest> inForceDigests(YearMonth month) {
        Map<String, InForceDigest> headers = new LinkedHashMap<>();
        jdbc.query("SELECT d.customer_id, d.document_number, d.total_incl_vat, d.content_sha256 FROM document d"
                + " WHERE d.billing_month = ? AND" + IN_FORCE + " ORDER BY d.customer_id", rs -> {
                    headers.put(rs.getString(1), new InForceDigest(rs.getString(1), rs.getString(2),
                            rs.getBigDecimal(3), rs.getString(4)));
                }, month.toString());
        return headers;
    }

    /** Customers after {@code afterCustomerId} with an invoice in force for the month, ascending, at most {@code limit}. */
    public List<String> inForceCustomersAfter(YearMonth month, String afterCustomerId, int limit) {
        return jdbc.queryForList("SELECT d.customer_id FROM document d WHERE d.billing_month = ? AND d.customer_id > ?"
                + " AND" + IN_FORCE + " ORDER BY d.customer_id LIMIT ?", String.class, month.toString(),
                afterCustomerId, limit);
    }

    /** A document's number and its customer as printed, without its figures or lines. */
    public record Addressee(String number, Customer customer) {
    }

    /** The month's documents of a type after {@code afterNumber}, in number order, as {@link Addressee}s. */
    public List<Addressee> addresseesOfMonth(YearMonth month, String type, String afterNumber, int limit) {
        return jdbc.query("SELECT document_number, " + CUSTOMER + " FROM document WHERE billing_month = ?"
                + " AND document_type = ? AND document_number > ? ORDER BY document_number LIMIT ?",
                (rs, n) -> new Addressee(rs.getString("document_number"), customer(rs)), month.toString(), type,
                afterNumber, limit);
    }

    /**
     * The invoices with these numbers, with their lines, in number order; a re-bill's new invoice with what it
     * replaces (the credit note of the same customer, month and re-bill, and the invoice that credit note cancels).
     */
    public List<IssuedInvoice> invoices(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return withLines(jdbc.query("SELECT d.*, cn.document_number AS replaced_by, cn.cancels AS replaced"
                + " FROM document d LEFT JOIN document cn ON d.rebill > 0 AND cn.document_type = 'CREDIT_NOTE'"
                + " AND cn.customer_id = d.customer_id AND cn.billing_month = d.billing_month AND cn.rebill = d.rebill"
                + " WHERE d.document_number IN (" + placeholders(numbers.size()) + ") ORDER BY d.document_number",
                (rs, n) -> {
                    IssuedInvoice h = header(rs);
                    String creditNote = rs.getString("replaced_by");
                    return creditNote == null ? h : new IssuedInvoice(h.number(), h.issueDate(), h.dueDate(),
                            h.invoice(), new IssuedInvoice.Replacement(rs.getString("replaced"), creditNote));
                }, numbers.toArray()));
    }

    /** The credit notes with these numbers, in number order, each with the invoice it cancels and its lines. */
    public List<CreditNote> creditNotes(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, CreditNote> cancelling = new LinkedHashMap<>();
        List<String> cancelled = new ArrayList<>();
        jdbc.query("SELECT document_number, issue_date, cancels FROM document WHERE document_number IN ("
                + placeholders(numbers.size()) + ") ORDER BY document_number", rs -> {
                    cancelled.add(rs.getString("cancels"));
                    cancelling.put(rs.getString("cancels"), new CreditNote(rs.getString("document_number"),
                            rs.getDate("issue_date").toLocalDate(), null));
                }, numbers.toArray());
        Map<String, IssuedInvoice> invoices = new HashMap<>();
        invoices(cancelled).forEach(i -> invoices.put(i.number(), i));
        return cancelling.entrySet().stream().map(e -> new CreditNote(e.getValue().number(),
                e.getValue().issueDate(), invoices.get(e.getKey()))).toList();
    }

    /** The month's invoices in force (no lines), in number order, one at a time: the rows of summary.csv. */
    public void inForceHeaders(YearMonth month, Consumer<? super IssuedInvoice> each) {
        jdbc.query("SELECT * FROM document d WHERE d.billing_month = ? AND" + IN_FORCE
                + " ORDER BY d.document_number", rs -> {
                    each.accept(header(rs));
                }, month.toString());
    }

    /** How many invoices are in force for a month, and their totals: the figures of the run report. */
    public record InForceTotals(long invoices, BigDecimal totalExclVat, BigDecimal totalInclVat, long interventions) {
    }

    public InForceTotals inForceTotals(YearMonth month) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(d.total_excl_vat), 0),"
                + " COALESCE(SUM(d.total_incl_vat), 0), COALESCE(SUM(d.interventions), 0)"
                + " FROM document d WHERE d.billing_month = ? AND" + IN_FORCE,
                (rs, n) -> new InForceTotals(rs.getLong(1), rs.getBigDecimal(2).setScale(2),
                        rs.getBigDecimal(3).setScale(2), rs.getLong(4)), month.toString());
    }

    /**
     * The latest issue date of the documents of one kind numbered in one year's sequence ({@code INV-2026-…}), if
     * any: billing-rules §8, numbers rise with dates.
     */
    public Optional<LocalDate> latestIssueDate(String type, int year) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(issue_date) FROM document WHERE document_type = ?"
                + " AND document_number LIKE ?", LocalDate.class, type, "%-" + year + "-%"));
    }

    /** The documents of every type a run stored. */
    public long countOfRun(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    public long countOfRun(long runId, String type) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE run_id = ? AND document_type = ?",
                Long.class, runId, type);
        return count == null ? 0 : count;
    }

    /** The customers of a run's documents, as printed on them, in number order. */
    public List<Customer> customersOfRun(long runId) {
        return jdbc.query("SELECT " + CUSTOMER + " FROM document WHERE run_id = ? ORDER BY document_number",
                (rs, n) -> customer(rs), runId);
    }

    /** A document issued by a re-bill: one row of adjustments.csv. */
    public record Adjustment(String number, String type, String customerId, String cancels, BigDecimal totalExclVat,
                             BigDecimal vat, BigDecimal totalInclVat, int rebill, LocalDate issuedOn) {
    }

    /** Every document the re-bills of a month issued: by re-bill, customer, credit note (CN...) before invoice. */
    public List<Adjustment> adjustments(YearMonth month) {
        return jdbc.query("SELECT document_number, document_type, customer_id, cancels, total_excl_vat, vat,"
                        + " total_incl_vat, rebill, issue_date FROM document WHERE billing_month = ? AND rebill > 0"
                        + " ORDER BY rebill, customer_id, document_type",
                (rs, n) -> new Adjustment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8),
                        rs.getDate(9).toLocalDate()), month.toString());
    }

    private static Object[] headerValues(String number, String type, LocalDate issueDate, LocalDate dueDate,
                                         String cancels, int rebill, long runId, Invoice i) {
        Customer c = i.customer();
        ServiceLevel level = i.serviceLevel();
        return new Object[] {number, type, i.period().toString(), c.id(), Date.valueOf(issueDate),
                dueDate == null ? null : Date.valueOf(dueDate), cancels, rebill, runId, c.name(), c.street(),
                c.postalCode(), c.city(), c.country(), c.vatNumber(), c.email(), c.language().name(), c.travelZone(),
                c.peppolId() == null ? null : c.peppolId().toString(), i.tier().name(), i.fees(), i.labour(), i.travel(),
                i.totalExclVat(), i.vatTreatment().name(),
                i.vatRate(), i.vatTreatment().mention(), i.vat(), i.totalInclVat(), i.interventions(),
                i.billedMinutes(), level == null ? null : level.days().label(),
                level == null ? null : Time.valueOf(level.from()), level == null ? null : Time.valueOf(level.to()),
                level == null ? null : level.maxResponseHours(), level == null ? null : level.maxInterventionHours(),
                type.equals(INVOICE) ? ContentDigest.of(i) : null};
    }

    private static void addLines(List<Object[]> rows, String number, Invoice invoice) {
        int position = 0;
        for (InvoiceLine l : invoice.lines()) {
            boolean fee = l.kind() == LineKind.FEE;
            boolean labour = l.kind() == LineKind.LABOUR;
            boolean travel = l.kind() == LineKind.TRAVEL;
            rows.add(new Object[] {number, ++position, l.kind().name(), Date.valueOf(l.date()),
                    fee ? l.reference() : null, labour ? l.reference() : null, l.ticket(), l.description(),
                    name(l.tier()), name(l.mode()), name(l.skill()), name(l.timeClass()), l.actualMinutes(),
                    labour ? l.quantity() : null, fee ? l.quantity() : null, fee ? l.basis() : null,
                    travel ? l.reference() : null, l.included(), l.unitRate(), l.amount()});
        }
    }

    /** The documents' lines, read in one query and attached in print order. */
    private List<IssuedInvoice> withLines(List<IssuedInvoice> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        Map<String, List<InvoiceLine>> lines = new HashMap<>();
        jdbc.query("SELECT * FROM document_line WHERE document_number IN (" + placeholders(headers.size())
                + ") ORDER BY document_number, position", rs -> {
                    lines.computeIfAbsent(rs.getString("document_number"), k -> new ArrayList<>()).add(line(rs));
                }, headers.stream().map(IssuedInvoice::number).toArray());
        return headers.stream().map(h -> {
            Invoice i = h.invoice();
            return new IssuedInvoice(h.number(), h.issueDate(), h.dueDate(), new Invoice(i.customer(), i.period(),
                    i.tier(), lines.getOrDefault(h.number(), List.of()), i.fees(), i.labour(), i.travel(),
                    i.totalExclVat(), i.vatTreatment(), i.vatRate(), i.vat(), i.totalInclVat(), i.interventions(),
                    i.billedMinutes(), i.serviceLevel()), h.replaces());
        }).toList();
    }

    private static InvoiceLine line(ResultSet rs) throws SQLException {
        LineKind kind = LineKind.valueOf(rs.getString("kind"));
        String reference = switch (kind) {
            case FEE -> rs.getString("contract_id");
            case LABOUR -> rs.getString("intervention_id");
            case TRAVEL -> rs.getString("travel_zone");
        };
        long quantity = switch (kind) {
            case FEE -> rs.getLong("active_days");
            case LABOUR -> rs.getLong("billed_minutes");
            case TRAVEL -> 1;
        };
        return new InvoiceLine(kind, rs.getDate("line_date").toLocalDate(), reference, rs.getString("ticket"),
                rs.getString("description"), parse(Tier.class, rs.getString("tier")),
                parse(Mode.class, rs.getString("mode")), parse(Skill.class, rs.getString("skill")),
                parse(TimeClass.class, rs.getString("time_class")), nullableLong(rs, "actual_minutes"),
                quantity, nullableLong(rs, "days_in_month"), rs.getBigDecimal("unit_rate"),
                rs.getBigDecimal("amount"), rs.getBoolean("included"));
    }

    private static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getString("customer_id"), rs.getString("customer_name"), rs.getString("street"),
                rs.getString("postal_code"), rs.getString("city"), rs.getString("country"), rs.getString("vat_number"),
                rs.getString("email"), Language.valueOf(rs.getString("language").trim()), rs.getString("travel_zone"),
                rs.getString("peppol_id") == null ? null : ElectronicAddress.parse(rs.getString("peppol_id")));
    }

    /** A document's header as an issued invoice without lines (a credit note's is its negated content). */
    private static IssuedInvoice header(ResultSet rs) throws SQLException {
        Customer customer = customer(rs);
        String days = rs.getString("fault_handling_days");
        ServiceLevel level = days == null ? null : new ServiceLevel(FaultHandlingDays.ofLabel(days).orElseThrow(),
                rs.getTime("fault_handling_from").toLocalTime(), rs.getTime("fault_handling_to").toLocalTime(),
                rs.getInt("max_response_hours"), rs.getInt("max_intervention_hours"));
        Date due = rs.getDate("due_date");
        return new IssuedInvoice(rs.getString("document_number"), rs.getDate("issue_date").toLocalDate(),
                due == null ? null : due.toLocalDate(), new Invoice(customer,
                YearMonth.parse(rs.getString("billing_month")), Tier.valueOf(rs.getString("tier")), List.of(),
                rs.getBigDecimal("fees"), rs.getBigDecimal("labour"), rs.getBigDecimal("travel"),
                rs.getBigDecimal("total_excl_vat"), VatTreatment.valueOf(rs.getString("vat_treatment")),
                rs.getBigDecimal("vat_rate"), rs.getBigDecimal("vat"), rs.getBigDecimal("total_incl_vat"),
                rs.getInt("interventions"), rs.getLong("billed_minutes"), level));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String placeholders(String columns) {
        return placeholders(columns.split(",").length);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
