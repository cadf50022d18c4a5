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

import org.springframework.jdbc.core.JdbcTemplate;

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

    public void save(long runId, IssuedInvoice issued) {
        Invoice invoice = issued.invoice();
        Customer c = invoice.customer();
        jdbc.update("INSERT INTO invoice (invoice_number, billing_month, run_id, customer_id, customer_name, street,"
                        + " postal_code, city, country, vat_number, email, language, travel_zone, tier, issue_date,"
                        + " due_date, fees, labour, travel, total_excl_vat, vat_treatment, vat_rate, vat,"
                        + " total_incl_vat, interventions, billed_minutes)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                issued.number(), invoice.period().toString(), runId, c.id(), c.name(), c.street(), c.postalCode(),
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

    /** Invoices of a run after {@code afterNumber}, in number order, with their lines. */
    public List<IssuedInvoice> nextOfRun(long runId, String afterNumber, int limit) {
        Map<String, List<InvoiceLine>> lines = new LinkedHashMap<>();
        List<Map.Entry<String, IssuedInvoiceRow>> rows = new ArrayList<>();
        jdbc.query("SELECT * FROM invoice WHERE run_id = ? AND invoice_number > ? ORDER BY invoice_number LIMIT ?",
                rs -> {
                    rows.add(Map.entry(rs.getString("invoice_number"), header(rs)));
                }, runId, afterNumber, limit);
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

    /** Invoice headers (no lines) of a month, in number order: the rows of summary.csv. */
    public List<IssuedInvoice> headersOfMonth(YearMonth month) {
        return jdbc.query("SELECT * FROM invoice WHERE billing_month = ? ORDER BY invoice_number",
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
